import { describe, expect, it } from 'vitest';
import { analyze } from '../../analysis/index';
import { assertInvariants, claimAt, spansOf } from './helpers';

/** Analyses `text`, checks the invariants, and returns the result. */
function run(text: string) {
  const result = analyze(text);
  assertInvariants(text, result);
  return result;
}

/** Asserts a claim spans exactly `span` (first occurrence) and returns it. */
function expectClaim(text: string, span: string) {
  const result = run(text);
  const c = claimAt(result, text, span);
  expect(c, `claim ${JSON.stringify(span)} in ${JSON.stringify(spansOf(result, 'claims'))}`).toBeDefined();
  return c!;
}

/** Asserts that no claim overlaps the first occurrence of `excluded` in `text`. */
function expectNoClaimOn(text: string, excluded: string) {
  const result = run(text);
  const start = text.indexOf(excluded);
  if (start < 0) throw new Error('test bug');
  const end = start + excluded.length;
  const hits = result.claims.filter((c) => c.start < end && c.end > start);
  expect(
    hits.map((c) => c.text),
    `claims overlapping ${JSON.stringify(excluded)}`,
  ).toEqual([]);
  return result;
}

describe('claims: number + head noun', () => {
  it('"3.5 million tonnes of wheat" spans up to the head noun', () => {
    const c = expectClaim('Egypt imported 3.5 million tonnes of wheat last season.', '3.5 million tonnes');
    expect(c.value).toBe(3_500_000);
    expect(c.unit).toBe('tonnes');
    expect(c.normalizedUnit).toBe('t');
  });

  it('tonnes, tons and t share normalizedUnit "t"', () => {
    const text = 'The port handled 40,000 tonnes in May, 25,000 tons in June and 12,000 t in July.';
    const result = run(text);
    expect(result.claims.map((c) => c.text)).toEqual(['40,000 tonnes', '25,000 tons', '12,000 t']);
    expect(result.claims.map((c) => c.value)).toEqual([40_000, 25_000, 12_000]);
    expect(result.claims.map((c) => c.unit)).toEqual(['tonnes', 'tons', 't']);
    expect(result.claims.map((c) => c.normalizedUnit)).toEqual(['t', 't', 't']);
  });

  it('"4.1 million people" is exactly 4100000', () => {
    const c = expectClaim('The floods displaced 4.1 million people across Bangladesh.', '4.1 million people');
    expect(c.value).toBe(4_100_000);
    expect(c.unit).toBe('people');
    expect(c.normalizedUnit).toBe('person');
  });

  it('"8.2 million voters" is exactly 8200000', () => {
    const c = expectClaim('Lagos State registered 8.2 million voters for the poll.', '8.2 million voters');
    expect(c.value).toBe(8_200_000);
  });

  it('"1.5 billion doses" is exactly 1500000000', () => {
    const c = expectClaim(
      'The institute in Pune produced 1.5 billion doses of vaccine.',
      '1.5 billion doses',
    );
    expect(c.value).toBe(1_500_000_000);
    expect(c.unit).toBe('doses');
  });

  it('a spelled-out count with a modified noun: "twelve Shahed attack drones"', () => {
    const c = expectClaim(
      'Air defences shot down twelve Shahed attack drones overnight.',
      'twelve Shahed attack drones',
    );
    expect(c.value).toBe(12);
    expect(c.unit).toMatch(/drones$/);
  });

  it('"at least three soldiers" includes the qualifier', () => {
    const c = expectClaim(
      'At the checkpoint, at least three soldiers were wounded.',
      'at least three soldiers',
    );
    expect(c.value).toBe(3);
    expect(c.unit).toBe('soldiers');
  });

  it('"more than 1,000 homes" includes the qualifier and reads the thousands separator', () => {
    const c = expectClaim('The storm destroyed more than 1,000 homes in Kerala.', 'more than 1,000 homes');
    expect(c.value).toBe(1000);
    expect(c.unit).toBe('homes');
  });

  it('"9 others" is a claim', () => {
    const c = expectClaim('Two miners died and 9 others were injured in the blast.', '9 others');
    expect(c.value).toBe(9);
    expect(c.unit).toBe('others');
  });

  it('"two hundred and fifty people" is 250', () => {
    const c = expectClaim(
      'Police said two hundred and fifty people were detained.',
      'two hundred and fifty people',
    );
    expect(c.value).toBe(250);
    expect(c.unit).toBe('people');
    expect(c.normalizedUnit).toBe('person');
  });

  it('stops before a trailing full stop', () => {
    const text = 'The landslide buried 14 houses.';
    const result = run(text);
    expect(result.claims.map((c) => c.text)).toEqual(['14 houses']);
  });

  it('"2 million barrels of oil" ends at "barrels"', () => {
    const text = 'Nigeria pumped 2 million barrels of oil a day in March.';
    const result = run(text);
    expect(result.claims.map((c) => c.text)).toEqual(['2 million barrels']);
    expect(result.claims[0]?.value).toBe(2_000_000);
  });
});

describe('claims: money and percentages', () => {
  it('"£22bn" is exactly 22000000000 with unit "£"', () => {
    const c = expectClaim('The Treasury found a £22bn hole in the public finances.', '£22bn');
    expect(c.value).toBe(22_000_000_000);
    expect(c.unit).toBe('£');
  });

  it('"$3 billion" is exactly 3000000000 with unit "$"', () => {
    const c = expectClaim('The World Bank approved $3 billion for Kenya.', '$3 billion');
    expect(c.value).toBe(3_000_000_000);
    expect(c.unit).toBe('$');
  });

  it('"€450 million" is 450000000 with unit "€"', () => {
    const c = expectClaim('Berlin pledged €450 million in military aid.', '€450 million');
    expect(c.value).toBe(450_000_000);
    expect(c.unit).toBe('€');
  });

  it('"£4.1bn" is exactly 4100000000', () => {
    const c = expectClaim('The rail line will cost £4.1bn.', '£4.1bn');
    expect(c.value).toBe(4_100_000_000);
  });

  it('"5%" is 5 with unit "%"', () => {
    const c = expectClaim('Inflation in Brazil rose to 5% in April.', '5%');
    expect(c.value).toBe(5);
    expect(c.unit).toBe('%');
  });

  it('"5 per cent" is 5 and normalises like "%"', () => {
    const text = 'Prices rose 5 per cent in Japan and 5% in France.';
    const result = run(text);
    const perCent = claimAt(result, text, '5 per cent');
    const pct = claimAt(result, text, '5%');
    expect(perCent, JSON.stringify(spansOf(result, 'claims'))).toBeDefined();
    expect(pct, JSON.stringify(spansOf(result, 'claims'))).toBeDefined();
    expect(perCent!.value).toBe(5);
    expect(perCent!.unit).toBe('per cent');
    expect(perCent!.normalizedUnit).toBe(pct!.normalizedUnit);
  });

  it('takes a price per unit as one claim', () => {
    expectClaim('Diesel sold for $4.10 a gallon in Ohio.', '$4.10 a gallon');
    expectClaim('Shares were offered at €12 per share.', '€12 per share');
    expectClaim('Tomatoes cost 80 cents a kilo.', '80 cents a kilo');
    expect(expectClaim('Members pay a $49-a-month fee.', '$49-a-month').value).toBe(49);
    expectClaim('Farmers earned £2 billion a year from it.', '£2 billion a year');
    // "a year ago" dates the amount; it is no rate.
    expectClaim('Sales were $5 million a year ago.', '$5 million');
  });

  it('reads a figure with "-something" or "-odd" as the figure', () => {
    const c = expectClaim('Lobster went for $30-something a pound.', '$30-something a pound');
    expect(c.value).toBe(30);
    expect(expectClaim('The bus carried 60-odd pilgrims.', '60-odd pilgrims').value).toBe(60);
  });

  it('"2.5 percent" is 2.5', () => {
    const c = expectClaim('The central bank cut rates by 2.5 percent.', '2.5 percent');
    expect(c.value).toBe(2.5);
  });
});

describe('claims: a number whose noun is a pronoun', () => {
  it('"12 of them" ends at the number', () => {
    const text = 'Troops detained 30 men, 12 of them teenagers.';
    expect(run(text).claims.map((c) => c.text)).toEqual(['30 men', '12']);
    expectClaim('Hundreds of us waited outside.', 'Hundreds');
  });
});

describe('claims: fractions', () => {
  it('takes a hyphenated fraction as its own unit, with its bound', () => {
    const c = expectClaim('Tuition aid is roughly one-fifth of what was promised.', 'roughly one-fifth');
    expect(c.value).toBe(0.2);
    expect(expectClaim('Three-quarters of the wells ran dry.', 'Three-quarters').value).toBe(0.75);
  });

  it('takes "a third of", "one quarter of" as fractions, but not an ordinal', () => {
    expectClaim('The levy raised a third of the budget.', 'a third');
    expectClaim('Floods cut one quarter of the harvest.', 'one quarter');
    expectNoClaimOn('She tried a third time in the third of the games.', 'third time');
  });

  it('"half" counts after a bound or before "a" and its noun', () => {
    expectClaim('Almost half of the nurses signed.', 'Almost half');
    const point = expectClaim(
      'Bond yields fell by less than half a percentage point.',
      'less than half a percentage point',
    );
    expect(point.value).toBe(0.5);
    expect(point.unit).toBe('percentage point');
    expect(expectClaim('The ferry was delayed half an hour.', 'half an hour').value).toBe(0.5);
    expect(expectClaim('Half a million pilgrims came.', 'Half a million pilgrims').value).toBe(500_000);
    expectNoClaimOn('The team scored in the second half of the match.', 'half');
  });

  it('"two and a half" adds a half', () => {
    expect(expectClaim('The trial took two and a half years.', 'two and a half years').value).toBe(2.5);
    expect(
      expectClaim('It cost one and a half million dollars.', 'one and a half million dollars').value,
    ).toBe(1_500_000);
  });
});

describe('claims: what is not a claim', () => {
  it('a full date "July 20, 2022"', () => {
    expectNoClaimOn('The agreement was signed on July 20, 2022, in Istanbul.', 'July 20, 2022');
  });

  it('a day-first date "14 March 2023"', () => {
    expectNoClaimOn('Voting took place on 14 March 2023 across the country.', '14 March 2023');
  });

  it('a year "in 2014"', () => {
    expectNoClaimOn('The bridge was completed in 2014 after years of delays.', '2014');
  });

  it('a time of day "6:45 p.m."', () => {
    expectNoClaimOn('The minister landed at 6:45 p.m. local time.', '6:45 p.m.');
  });

  it('a time of day "9 a.m."', () => {
    expectNoClaimOn('Polls open at 9 a.m. on Sunday.', '9 a.m.');
  });

  it('a weekday "Tuesday"', () => {
    const result = expectNoClaimOn('The talks resume on Tuesday in Geneva.', 'Tuesday');
    expect(result.claims).toEqual([]);
  });

  it('an ordinal "second trip"', () => {
    const result = expectNoClaimOn('It was her second trip to Nairobi this year.', 'second trip');
    expect(result.claims).toEqual([]);
  });

  it('an ordinal in digits "3rd round"', () => {
    expectNoClaimOn('The 3rd round of talks ended without a deal.', '3rd round');
  });

  it('"G7 summit"', () => {
    const result = expectNoClaimOn('Leaders gathered for the G7 summit in Apulia.', 'G7 summit');
    expect(result.claims).toEqual([]);
  });

  it('"Formula 1"', () => {
    const result = expectNoClaimOn('Saudi Arabia hosts a Formula 1 race in Jeddah.', 'Formula 1');
    expect(result.claims).toEqual([]);
  });

  it('a phone number "+1 202-555-0143"', () => {
    const result = expectNoClaimOn(
      'Readers can call the hotline on +1 202-555-0143 for help.',
      '+1 202-555-0143',
    );
    expect(result.claims).toEqual([]);
  });

  it('"COVID-19"', () => {
    const result = expectNoClaimOn('Schools closed during the COVID-19 pandemic.', 'COVID-19');
    expect(result.claims).toEqual([]);
  });

  it('a debt instrument named by its term ("the 30-year Treasury bond")', () => {
    expectNoClaimOn('Investors sold the 30-year Treasury bond on Monday.', '30-year');
    expectNoClaimOn('Rates on three-month bills and five-year government notes fell.', 'three-month');
    expectNoClaimOn('Rates on three-month bills and five-year government notes fell.', 'five-year');
    expectClaim('The bank approved a 20-year loan plan.', '20-year');
  });

  it('anaphoric "the two of them"', () => {
    expectNoClaimOn('The three of them left early.', 'three');
  });

  it('exclusions do not hide a real claim next to them', () => {
    const text = 'On July 20, 2022, at 6:45 p.m., the G7 summit pledged $3 billion to 4.1 million people.';
    const result = run(text);
    expect(result.claims.map((c) => c.text)).toEqual(['$3 billion', '4.1 million people']);
  });
});

describe('claims: the counted noun after a number', () => {
  it('takes a plural that looks like a verb for the counted noun when a verb follows', () => {
    expect(expectClaim('More than 700 volunteers joined the effort.', 'More than 700 volunteers').unit).toBe(
      'volunteers',
    );
    expectClaim('Some 300 volunteers from the region arrived.', 'Some 300 volunteers');
  });

  it('keeps the verb reading when an object follows', () => {
    const result = run('A score of 700 means the plan failed.');
    expect(result.claims.map((c) => c.text)).not.toContain('700 means');
  });

  it('never takes a symbol for a noun', () => {
    expectNoClaimOn('Prices rose 4.1 / 5 in the index.', '/');
  });
});

describe('claims: qualifiers, ranges, idioms and names', () => {
  it('keeps the qualifier before a currency sign', () => {
    expectClaim('The deficit reached nearly $1 trillion last year.', 'nearly $1 trillion');
    expectClaim('It cost more than $900 billion in all.', 'more than $900 billion');
  });

  it('takes a range or an alternative as one claim', () => {
    expectClaim('There were four or five buyers at the market.', 'four or five buyers');
    expectClaim(
      'Crews fixed between 400 and 600 water main breaks.',
      'between 400 and 600 water main breaks',
    );
    expectClaim('It lasted over three to four months.', 'over three to four months');
    expectClaim('About 80 or 90 percent were done.', 'About 80 or 90 percent');
    // A range of amounts is one claim too (updated guidelines); a change "from $5 to $6" is two.
    const prices = run('Fillets sell for $24 to $28 a pound.');
    expect(prices.claims.map((c) => [c.text, c.value, c.high])).toEqual([['$24 to $28 a pound', 24, 28]]);
    expect(run('Prices rose from $5 to $6.').claims.map((c) => c.text)).toEqual(['$5', '$6']);
    expectNoClaimOn('Shelling killed 3 and injured 5 people.', '3 and');
  });

  it('keeps emphasis and addition words in the span, as it keeps bounds (the fourth round’s decision)', () => {
    expectClaim('The ferry carried only 14 passengers that night.', 'only 14 passengers');
    expectClaim('Rescuers had just 48 hours to reach them.', 'just 48 hours');
    expectClaim('The council hired another 25 wardens.', 'another 25 wardens');
    expectClaim('Donors pledged an additional $40 million on Friday.', 'an additional $40 million');
    expectClaim('The clinic saw a further 60 patients.', 'a further 60 patients');
    expectClaim('Turnout was just under 40 percent.', 'just under 40 percent');
    // After a determiner "only" is an adjective: the claim is the count.
    expectClaim('They were the only two survivors of the crash.', 'two survivors');
  });

  it('prefers the longer of two qualifiers that share a last word', () => {
    expectClaim('The blaze destroyed well over 300 acres.', 'well over 300 acres');
    expectClaim('The vote drew just over 9,000 members.', 'just over 9,000 members');
  });

  it('reads "over" a duration right after an amount as the period, not a bound', () => {
    const text = 'The board approved $12 million over three years for repairs.';
    expect(run(text).claims.map((c) => c.text)).toEqual(['$12 million', 'three years']);
    expectClaim('Rents rose 8 percent over five months.', 'five months');
    expectClaim('The siege lasted over six weeks.', 'over six weeks');
  });

  it('steps over "such" to the counted noun', () => {
    expectClaim(
      'The agency ran more than 70 such cheap flights last year.',
      'more than 70 such cheap flights',
    );
  });

  it('does not count "one" in idioms or as a pronoun', () => {
    expectNoClaimOn('And then one day it did something.', 'one day');
    expectNoClaimOn('It moved onto one city after another.', 'one city');
    expectNoClaimOn('The middle one shows marks, and one needs to establish facts.', 'one needs');
    expectNoClaimOn('One thing is clear.', 'One thing');
    expectClaim('At least one civilian was killed.', 'At least one civilian');
    expectClaim('Shelling killed one soldier on Monday.', 'one soldier');
  });

  it('takes a capitalised number word inside a sentence for a name, not a count', () => {
    expectNoClaimOn('He drove along Ninety Mile Beach with Formula One fans.', 'Ninety Mile');
    expectNoClaimOn('He drove along Ninety Mile Beach with Formula One fans.', 'One fans');
    expectClaim('Seven people died in the blast.', 'Seven people');
    expectClaim('Storm hits the coast\n\nSeven people died in the blast.', 'Seven people');
  });

  it('ends the noun phrase before a verb with an object or a participle', () => {
    expectNoClaimOn('The 93 year-old finishes his term in May.', 'finishes');
    expectClaim('The 4790k CPU running hot was replaced.', '4790k CPU');
    expectClaim('They lived in a seven story building sitting metres away.', 'seven story building');
    expectClaim('Overnight, 12 attack drones hit the city.', '12 attack drones');
  });

  it('reads computing units joined to the number', () => {
    expect(expectClaim('It has 8GB of memory.', '8GB').unit).toBe('GB');
    expectClaim('The chip runs at 4GHz.', '4GHz');
  });
});
