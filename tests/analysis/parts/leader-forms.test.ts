import { describe, expect, it } from 'vitest';
import { analyze } from '../../../analysis';

/** The leader mentions of a text, as written. */
const leaders = (text: string) => analyze(text).leaders.map((m) => m.text);
/** The people (not leaders) of a text, as written. */
const others = (text: string) => analyze(text).people.map((m) => m.text);

// How news introduces leaders across outlets, each with a later mention by surname: titles before the
// name, appositions after it, possessives, "of" phrases and the bodies a leader heads.
describe('the ways news introduces a leader (offices, offices-as, offices-described)', () => {
  it('reads a title before the name, capitalised or not, with a place or body before it', () => {
    for (const intro of [
      'Prime Minister Jane Roe',
      'Freedonian President Jane Roe',
      'Ohio Gov. Jane Roe',
      'Springfield Mayor Jane Roe',
      'Labour leader Jane Roe',
      'Senate Majority Leader Jane Roe',
      'European Central Bank President Jane Roe',
      'NATO Secretary-General Jane Roe',
      'Acme chief executive Jane Roe',
      'former prime minister Jane Roe',
    ])
      expect(leaders(`${intro} said on Monday. Later Roe left.`), intro).toEqual(['Jane Roe', 'Roe']);
  });
  it('reads an apposition after the name: possessive, "the country\'s", "of" phrases, after an age', () => {
    for (const role of [
      "Freedonia's finance minister",
      "the country's prime minister",
      'the Republican governor of Ohio',
      'the mayor of Springfield',
      'minister of finance',
      'the minister of foreign affairs',
      'the head of state',
      'the Freedonian head of government',
      'the head of the army',
      'the leader of the opposition',
      'commander of the rebel forces',
      'governor of the Bank of Freedonia',
      'ECB president',
      'the premier of Ontario',
      'the mayor-elect',
    ])
      expect(leaders(`Jane Roe, ${role}, said on Monday. Later Roe left.`), role).toEqual([
        'Jane Roe',
        'Roe',
      ]);
    expect(leaders('Jane Roe, 54, the prime minister, said so. Roe left.')).toEqual(['Jane Roe', 'Roe']);
  });
  it('reads a title set off before the name', () => {
    for (const intro of [
      "Britain's prime minister, ",
      'The minister of finance, ',
      'The Freedonian leader, ',
    ])
      expect(leaders(`${intro}Jane Roe, said on Monday. Later Roe left.`), intro).toEqual([
        'Jane Roe',
        'Roe',
      ]);
  });
  it('keeps "of" phrases over a field, a unit or a committee from making a leader', () => {
    for (const role of [
      'vice president of electrical engineering',
      'head of the department',
      'secretary of the committee',
    ])
      expect(leaders(`Jane Roe, ${role}, said on Monday.`), role).toEqual([]);
  });
  it('keeps an apposition of the next name in a list from the name before it', () => {
    expect(leaders('Jane Roe, John Doe, president of Acme, and Ann Lee met.')).toEqual(['John Doe']);
  });
  it('reads the body a person heads in a relative clause or as the verb after the name', () => {
    expect(leaders('Jane Roe, who heads the central bank, said rates would rise. Roe spoke.')).toEqual([
      'Jane Roe',
      'Roe',
    ]);
    expect(leaders('Jane Roe has led the country since 2019. Roe said so.')).toEqual(['Jane Roe', 'Roe']);
    expect(leaders('Jane Roe, who leads the opposition Freedom Party, said so.')).toEqual(['Jane Roe']);
    for (const clause of ['who led the protests', 'who runs a bakery', 'who runs the food bank'])
      expect(others(`Jane Roe, ${clause}, said so.`), clause).toEqual(['Jane Roe']);
  });
  it('makes a leader of a person the text gives a regime or a rule over a country, not a reign', () => {
    expect(leaders('Jane Doe was born there. Few resisted Doe’s rule. Doe fled.')).toEqual([
      'Jane Doe',
      'Doe',
      'Doe',
    ]);
    expect(leaders('Joe Doe spoke. It is the Doe regime that fell.')).toEqual(['Joe Doe', 'Doe']);
    // A rule that is a regulation or a noun's modifier is no government.
    expect(leaders('Joe Doe spoke. Doe’s rule change angered fans. The Doe rule was applied.')).toEqual([]);
    // Sports and entertainment speak of a champion's or a coach's reign.
    expect(leaders("Serena Williams won. Williams's reign as world No. 1 lasted years.")).toEqual([]);
    expect(leaders('Tom Brady threw twice. The Brady reign in New England ended.')).toEqual([]);
  });
  it('makes a leader of a person the text gives a government or an administration', () => {
    expect(leaders('Joe Doe spoke. The Doe administration said on Monday it would act.')).toEqual([
      'Joe Doe',
      'Doe',
    ]);
    expect(leaders("Jane Roe spoke. Roe's government fell a week later.")).toEqual(['Jane Roe', 'Roe']);
    // A relative with another role is not the one whose administration it was.
    expect(leaders('Ann Doe, the former first lady, spoke about the Doe administration.')).toEqual([]);
  });
  it('reads "then-" and "ex-" titles and "Chief Executive Officer"', () => {
    expect(leaders('then-President Jane Roe said so. Roe left.')).toEqual(['Jane Roe', 'Roe']);
    expect(leaders('ex-Prime Minister Jane Roe said so. Roe left.')).toEqual(['Jane Roe', 'Roe']);
    expect(leaders('Chief Executive Officer Jane Roe said so. Roe left.')).toEqual(['Jane Roe', 'Roe']);
  });
  it('takes up a name written surname first by its first word', () => {
    expect(leaders('Chinese President Xi Jinping said so. Xi left. Mr. Xi came back.')).toEqual([
      'Xi Jinping',
      'Xi',
      'Xi',
    ]);
    expect(leaders('Cambodian Prime Minister Hun Sen spoke. Hun left.')).toEqual(['Hun Sen', 'Hun']);
    // A given name alone is a mention too (the gold counts "Joe" for Joe Biden), and a surname some full
    // name ends with stays that person's.
    expect(leaders('Governor Jane Roe spoke. Jane left.')).toEqual(['Jane Roe', 'Jane']);
    expect(others('Ann Lee spoke. President Lee Hsien Loong came. Lee left.')).toEqual(['Ann Lee', 'Lee']);
  });
  it("reads the office after an age or a US party tag, and a leader's office joined to another role", () => {
    expect(leaders('Sen. Mitch Doe, R-Ky., the Senate majority leader, said so. Doe left.')).toEqual([
      'Mitch Doe',
      'Doe',
    ]);
    expect(leaders('Rep. Jane Roe, D-N.Y., the House speaker, said so.')).toEqual(['Jane Roe']);
    expect(leaders('Jane Roe, a Labour MP and former cabinet minister, said so.')).toEqual(['Jane Roe']);
    expect(others('Jane Roe, a lawyer and activist, said so.')).toEqual(['Jane Roe']);
    expect(others("Jane Roe, the mayor's aide and a lawyer, said so.")).toEqual(['Jane Roe']);
  });
  it('reads "boss" as the head of a company or a party, not of a gang or of an employee', () => {
    expect(leaders('Acme boss Jane Roe said so. Roe left.')).toEqual(['Jane Roe', 'Roe']);
    expect(leaders("Jane Roe, Acme's boss, said so.")).toEqual(['Jane Roe']);
    expect(leaders('The mafia boss Jane Roe was held.')).toEqual([]);
    expect(leaders('Jane Roe said her boss, John Doe, was away.')).toEqual([]);
  });
  it('gives a plural title to each name after it, also to a name known as a given name', () => {
    expect(leaders('It has the backing of former Ministers Sir John Doe and Theresa Roe.')).toEqual([
      'John Doe',
      'Theresa Roe',
    ]);
    expect(leaders('Governors Jane Roe and John Doe met, with Ann Lee.')).toEqual(['Jane Roe', 'John Doe']);
  });
  it('leaves posts below cabinet rank and heads of sports teams out, but not a deputy head of government', () => {
    for (const intro of [
      'Deputy Minister Jane Roe',
      'Minister of State Jane Roe',
      'The junior minister Jane Roe',
      'Lakers president Jane Roe',
    ])
      expect(leaders(`${intro} said so.`), intro).toEqual([]);
    expect(leaders('Jane Roe, a junior minister, said so.')).toEqual([]);
    for (const intro of [
      'Deputy Premier Jane Roe',
      'Deputy Prime Minister Jane Roe',
      'Secretary of State Jane Roe',
    ])
      expect(leaders(`${intro} said so.`), intro).toEqual(['Jane Roe']);
  });
  it('reads "co-" titles, a counterpart of another nation, and the nearest title before a set-off name', () => {
    expect(leaders('CEO Jane Roe met Acme founder and co-CEO John Doe. Doe said so.')).toEqual([
      'Jane Roe',
      'John Doe',
      'Doe',
    ]);
    expect(
      leaders('Talks between Mr. Doe and his Chinese counterpart, Xi Jinping, stalled. Mr. Xi left.'),
    ).toEqual(['Xi Jinping', 'Xi']);
    expect(
      leaders("It freed Ann Doe, the brother of the rebels' deputy leader, Jane Doe, on Monday."),
    ).toEqual(['Jane Doe']);
  });
  it("leaves out a company's other chief officers and heads of bureaus and academies", () => {
    expect(leaders("Jane Roe, the company's chief operating officer, said so.")).toEqual([]);
    expect(leaders('Jane Roe, the president of the Freedonia Farm Bureau, said so.')).toEqual([]);
    expect(leaders('Jane Roe, co-chair of the Freedonian Academy of Sciences, said so.')).toEqual([]);
  });
  it("ends a headline's name at a capitalised preposition, and keeps another given name's short form apart", () => {
    expect(leaders('Jane Roe On Acme Being Pulled Into Cloud\n\nCEO Jane Roe said so.')).toEqual([
      'Jane Roe',
      'Jane Roe',
    ]);
    expect(
      leaders(
        'It sought an inquiry into rival Joe Marek. Vice President Marek said so. It is the firm on whose board Zephyr Marek sat.',
      ),
    ).toEqual(['Joe Marek', 'Marek']);
  });
});
