import { describe, expect, it } from 'vitest';
import { analyze } from '../../analysis/index';
import type { Analysis, Mention } from '../../analysis/types';
import { assertInvariants, KINDS, spansOf } from './helpers';

/** Analyses `text`, checks the invariants, and returns the result. */
function run(text: string) {
  const result = analyze(text);
  assertInvariants(text, result);
  return result;
}

/** No span boundary falls inside a surrogate pair or before a combining mark. */
function assertCleanBoundaries(text: string, result: Analysis) {
  const isLow = (i: number) =>
    i > 0 && i < text.length && /[\uDC00-\uDFFF]/.test(text[i]!) && /[\uD800-\uDBFF]/.test(text[i - 1]!);
  for (const kind of KINDS) {
    for (const m of result[kind] as Mention[]) {
      for (const edge of [m.start, m.end]) {
        expect(isLow(edge), `${kind} ${JSON.stringify(m.text)} splits a surrogate pair at ${edge}`).toBe(
          false,
        );
        expect(
          /^\p{M}/u.test(text.slice(edge, edge + 2)),
          `${kind} ${JSON.stringify(m.text)} cuts a combining mark at ${edge}`,
        ).toBe(false);
      }
    }
  }
}

const paragraph =
  'French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Tuesday. ' +
  'Macron said Europe would spend $3 billion on air defence, and at least two hundred and fifty people protested outside. ' +
  'Government spokesperson Prisca Thevenot said 4.1 million people had signed a petition, while inflation reached 5%.\n\n';

describe('robustness: degenerate input', () => {
  it('the empty string gives empty lists', () => {
    expect(run('')).toEqual({ leaders: [], people: [], claims: [] });
  });

  it('whitespace only gives empty lists', () => {
    expect(run(' \n\t\r\u00A0\u2003\u200B  ')).toEqual({ leaders: [], people: [], claims: [] });
  });

  it('a non-string throws a TypeError with a clear message', () => {
    expect(() => analyze(undefined as never)).toThrow(TypeError);
    expect(() => analyze(undefined as never)).toThrow(/string/i);
    expect(() => analyze(42 as never)).toThrow(TypeError);
    expect(() => analyze(null as never)).toThrow(TypeError);
  });

  it('10,000 digits', () => {
    run('1'.repeat(10_000));
  });

  it('10,000 digits followed by a noun keeps a finite value or no claim', () => {
    run(`${'9'.repeat(10_000)} people`);
  });

  it('a text with no punctuation at all still finds leaders and claims', () => {
    const text =
      'French President Emmanuel Macron met German Chancellor Olaf Scholz as 300 farmers protested outside and Macron promised 2 billion euros in aid';
    const result = run(text);
    expect(result.leaders.map((m) => m.text)).toEqual(['Emmanuel Macron', 'Olaf Scholz', 'Macron']);
    expect(result.claims.map((c) => c.text)).toEqual(['300 farmers', '2 billion euros']);
  });
});

describe('robustness: large input', () => {
  it('a ~1 MB text keeps the invariants and loses nothing', { timeout: 60_000 }, () => {
    const one = analyze(paragraph);
    const copies = Math.ceil(1_000_000 / paragraph.length);
    const text = paragraph.repeat(copies);
    expect(text.length).toBeGreaterThanOrEqual(1_000_000);
    const result = run(text);
    expect(one.leaders.length).toBeGreaterThan(0);
    expect(one.claims.length).toBeGreaterThan(0);
    expect(result.leaders.length).toBe(one.leaders.length * copies);
    expect(result.people.length).toBe(one.people.length * copies);
    expect(result.claims.length).toBe(one.claims.length * copies);
  });
});

describe('robustness: markup-looking text', () => {
  it("'<img src=x onerror=alert(1)>' finds nothing", () => {
    expect(run('<img src=x onerror=alert(1)>')).toEqual({ leaders: [], people: [], claims: [] });
  });

  it("'<p>President Joe Biden</p>' finds the leader inside the tags", () => {
    const text = '<p>President Joe Biden</p>';
    const result = run(text);
    const start = text.indexOf('Joe Biden');
    expect(spansOf(result, 'leaders')).toEqual([[start, start + 'Joe Biden'.length, 'Joe Biden']]);
    expect(result.leaders[0]!.name).toBe('Joe Biden');
    expect(result.leaders[0]!.role ?? '').toMatch(/president/i);
  });
});

describe('robustness: Unicode', () => {
  it('emoji and ZWJ sequences around names and numbers keep UTF-16 offsets', () => {
    const text =
      '👨‍👩‍👧‍👦🇫🇷 French President Emmanuel Macron 👏🏽 said 👩🏾‍🔬 3 million people 🧑‍🤝‍🧑 needed help, and Macron 😀 agreed.';
    const result = run(text);
    assertCleanBoundaries(text, result);
    const start = text.indexOf('Emmanuel Macron');
    expect(spansOf(result, 'leaders')).toEqual([
      [start, start + 'Emmanuel Macron'.length, 'Emmanuel Macron'],
      [text.lastIndexOf('Macron'), text.lastIndexOf('Macron') + 6, 'Macron'],
    ]);
    const claimStart = text.indexOf('3 million people');
    expect(spansOf(result, 'claims')).toEqual([
      [claimStart, claimStart + '3 million people'.length, '3 million people'],
    ]);
    expect(result.claims[0]!.value).toBe(3_000_000);
  });

  it('an emoji glued to a name does not enter the span', () => {
    const text = 'German Chancellor Olaf Scholz🇩🇪 arrived with 40🚜 tractors.';
    const result = run(text);
    assertCleanBoundaries(text, result);
    expect(result.leaders.map((m) => m.text)).toEqual(['Olaf Scholz']);
  });

  it('Arabic text', () => {
    const text = 'قال الرئيس عبد الفتاح السيسي إن ٣ ملايين شخص تأثروا بالفيضانات في ٢٠٢٣.';
    const result = run(text);
    assertCleanBoundaries(text, result);
  });

  it('Hebrew text mixed with English and bidi controls', () => {
    const text =
      '\u202Bראש הממשלה\u202C Israeli Prime Minister Benjamin Netanyahu \u200Fאמר ש-500 איש נפגעו\u200E and 500 people fled.';
    const result = run(text);
    assertCleanBoundaries(text, result);
    expect(result.leaders.map((m) => m.text)).toContain('Benjamin Netanyahu');
  });

  it('combining marks stay inside the name they belong to', () => {
    const text =
      'Brazilian President Luiz Ina\u0301cio Lula da Silva met Mexican President Claudia Sheinbaum. Sheinbaum\u0301 smiled.';
    const result = run(text);
    assertCleanBoundaries(text, result);
    expect(result.leaders.map((m) => m.text)).toContain('Luiz Ina\u0301cio Lula da Silva');
  });

  it('lone surrogates do not break the analysis', () => {
    const text = '\uD800French President Emmanuel Macron\uDC00 said 12 people\uD800 were hurt.\uDBFF';
    const result = run(text);
    expect(result.leaders.map((m) => m.text)).toEqual(['Emmanuel Macron']);
    expect(result.claims.map((c) => c.text)).toEqual(['12 people']);
  });

  it('only lone surrogates', () => {
    run('\uD800');
    run('\uDC00\uD800\uDC00\uD800');
  });
});

describe('robustness: words that are names of built-in object properties', () => {
  it('reads "constructor" and "toString" as ordinary words', () => {
    const result = run(
      'They hired seven constructor workers; toString Valueof said the constructor was hasOwnProperty.',
    );
    expect(result.claims.map((c) => [c.text, c.value])).toEqual([['seven constructor workers', 7]]);
  });
});
