import { describe, expect, it } from 'vitest';
import { analyze } from '../../analysis/index';
import { assertInvariants, leaderAt, spansOf } from './helpers';

/** Analyses `text`, checks the invariants, and returns the result. */
function run(text: string) {
  const result = analyze(text);
  assertInvariants(text, result);
  return result;
}

/** Asserts a leader mention spans exactly the `occurrence`-th `span` with canonical `name` and a role naming `title`. */
function expectLeader(text: string, span: string, name: string, title: RegExp | null, occurrence = 0) {
  const result = run(text);
  const m = leaderAt(result, text, span, occurrence);
  expect(
    m,
    `leader ${JSON.stringify(span)} #${occurrence} in ${JSON.stringify(spansOf(result, 'leaders'))}`,
  ).toBeDefined();
  expect(m!.text).toBe(span);
  expect(m!.name).toBe(name);
  if (title) expect(m!.role ?? '').toMatch(title);
  return result;
}

describe('leaders: title before the name', () => {
  it('head of state: "French President Emmanuel Macron"', () => {
    expectLeader(
      'French President Emmanuel Macron arrived in Dakar on a state visit.',
      'Emmanuel Macron',
      'Emmanuel Macron',
      /president/i,
    );
  });

  it('head of government: "German Chancellor Olaf Scholz"', () => {
    expectLeader(
      'German Chancellor Olaf Scholz defended the budget in parliament.',
      'Olaf Scholz',
      'Olaf Scholz',
      /chancellor/i,
    );
  });

  it('multi-word title: "Indian Prime Minister Narendra Modi"', () => {
    expectLeader(
      'Indian Prime Minister Narendra Modi opened a new airport near Mumbai.',
      'Narendra Modi',
      'Narendra Modi',
      /prime minister/i,
    );
  });

  it('Japanese head of government: "Japanese Prime Minister Shigeru Ishiba"', () => {
    expectLeader(
      'Japanese Prime Minister Shigeru Ishiba called a snap election.',
      'Shigeru Ishiba',
      'Shigeru Ishiba',
      /prime minister/i,
    );
  });

  it('Nigerian head of state: "Nigerian President Bola Tinubu"', () => {
    expectLeader(
      'Nigerian President Bola Tinubu removed the fuel subsidy.',
      'Bola Tinubu',
      'Bola Tinubu',
      /president/i,
    );
  });

  it('Chinese name order: "Chinese President Xi Jinping"', () => {
    expectLeader(
      'Chinese President Xi Jinping hosted the delegation in Beijing.',
      'Xi Jinping',
      'Xi Jinping',
      /president/i,
    );
  });

  it('supreme/religious leader with honorific: "Supreme Leader Ayatollah Ruhollah Khomeini" -> "Ruhollah Khomeini"', () => {
    expectLeader(
      'Supreme Leader Ayatollah Ruhollah Khomeini returned to Tehran from exile.',
      'Ruhollah Khomeini',
      'Ruhollah Khomeini',
      /supreme leader/i,
    );
  });

  it('minister: "Foreign Minister Annalena Baerbock"', () => {
    expectLeader(
      'Foreign Minister Annalena Baerbock flew to Kyiv overnight.',
      'Annalena Baerbock',
      'Annalena Baerbock',
      /minister/i,
    );
  });

  it('party leader: "Labour leader Keir Starmer"', () => {
    expectLeader(
      'Labour leader Keir Starmer promised to cut waiting lists.',
      'Keir Starmer',
      'Keir Starmer',
      /leader/i,
    );
  });

  it('mayor: "New York Mayor Eric Adams"', () => {
    expectLeader(
      'New York Mayor Eric Adams announced a curfew for the parks.',
      'Eric Adams',
      'Eric Adams',
      /mayor/i,
    );
  });

  it('governor: "California Governor Gavin Newsom"', () => {
    expectLeader(
      'California Governor Gavin Newsom declared a state of emergency.',
      'Gavin Newsom',
      'Gavin Newsom',
      /governor/i,
    );
  });

  it('head of an international body: "UN Secretary-General António Guterres"', () => {
    expectLeader(
      'UN Secretary-General António Guterres called for an immediate ceasefire.',
      'António Guterres',
      'António Guterres',
      /secretary-general/i,
    );
  });

  it('military commander: "army chief General Asim Munir"', () => {
    expectLeader(
      'Pakistan army chief General Asim Munir visited the border posts.',
      'Asim Munir',
      'Asim Munir',
      /general|chief/i,
    );
  });

  it('company head: "Tesla chief executive Elon Musk"', () => {
    expectLeader(
      'Tesla chief executive Elon Musk unveiled the new model in Texas.',
      'Elon Musk',
      'Elon Musk',
      /chief executive/i,
    );
  });

  it('finds two leaders in one sentence', () => {
    const text =
      'Brazilian President Luiz Inácio Lula da Silva met Argentine President Javier Milei in Brasília.';
    const result = run(text);
    expect(result.leaders.map((m) => m.name)).toEqual(['Luiz Inácio Lula da Silva', 'Javier Milei']);
    expect(result.leaders.map((m) => m.text)).toEqual(['Luiz Inácio Lula da Silva', 'Javier Milei']);
  });
});

describe('leaders: appositions', () => {
  it('"Name, Country\'s president,"', () => {
    expectLeader(
      "Luiz Inácio Lula da Silva, Brazil's president, told reporters the deal was fair.",
      'Luiz Inácio Lula da Silva',
      'Luiz Inácio Lula da Silva',
      /president/i,
    );
  });

  it('"Name, the president of Country,"', () => {
    expectLeader(
      'Bola Tinubu, the president of Nigeria, arrived in Accra on Friday.',
      'Bola Tinubu',
      'Bola Tinubu',
      /president/i,
    );
  });

  it('"Name, Country\'s prime minister"', () => {
    expectLeader(
      "Fumio Kishida, Japan's prime minister, said the yen was too weak.",
      'Fumio Kishida',
      'Fumio Kishida',
      /prime minister/i,
    );
  });

  it('"Name, the mayor of City,"', () => {
    expectLeader(
      'Anne Hidalgo, the mayor of Paris, closed the quays to traffic.',
      'Anne Hidalgo',
      'Anne Hidalgo',
      /mayor/i,
    );
  });

  it('"Name, the premier of the regional government of Region,"', () => {
    expectLeader(
      'Markus Söder, the premier of the regional government of Bavaria, rejected the plan.',
      'Markus Söder',
      'Markus Söder',
      /premier/i,
    );
  });

  it('"Name, Company\'s chief executive,"', () => {
    expectLeader(
      "Satya Nadella, Microsoft's chief executive, said demand for chips remained strong.",
      'Satya Nadella',
      'Satya Nadella',
      /chief executive/i,
    );
  });

  it('role before the name with a comma: "the German chancellor, Olaf Scholz,"', () => {
    expectLeader(
      'Speaking in Brussels, the German chancellor, Olaf Scholz, urged calm.',
      'Olaf Scholz',
      'Olaf Scholz',
      /chancellor/i,
    );
  });
});

describe('leaders: later short mentions resolve to the full name', () => {
  const text =
    'Indian Prime Minister Narendra Modi landed in Paris on a two-day visit. ' +
    'Modi later met business leaders, and aides said Mr Modi would return home early. ' +
    "Critics said Modi's schedule was too crowded.";

  it('finds every mention of the leader', () => {
    const result = run(text);
    const modi = result.leaders.filter((m) => m.name === 'Narendra Modi');
    expect(modi.map((m) => m.text)).toEqual(['Narendra Modi', 'Modi', 'Modi', 'Modi']);
  });

  it('bare surname "Modi" resolves to "Narendra Modi"', () => {
    const result = run(text);
    const m = leaderAt(result, text, 'Modi', 1);
    expect(m, JSON.stringify(spansOf(result, 'leaders'))).toBeDefined();
    expect(m!.name).toBe('Narendra Modi');
  });

  it('"Mr Modi" spans only "Modi"', () => {
    const result = run(text);
    const start = text.indexOf('Mr Modi') + 3;
    const m = result.leaders.find((l) => l.start === start);
    expect(m, JSON.stringify(spansOf(result, 'leaders'))).toBeDefined();
    expect(m!.end).toBe(start + 'Modi'.length);
    expect(m!.name).toBe('Narendra Modi');
    expect(result.leaders.some((l) => l.text.startsWith('Mr'))).toBe(false);
  });

  it('possessive "Modi\'s" spans only "Modi"', () => {
    const result = run(text);
    const start = text.indexOf("Modi's");
    const m = result.leaders.find((l) => l.start === start);
    expect(m, JSON.stringify(spansOf(result, 'leaders'))).toBeDefined();
    expect(m!.text).toBe('Modi');
  });

  it("short mentions keep the role of the full mention or null, never another person's", () => {
    const t =
      'French President Emmanuel Macron hosted Kenyan President William Ruto. Macron thanked Ruto for coming.';
    const result = run(t);
    expect(leaderAt(result, t, 'Macron', 1)?.name).toBe('Emmanuel Macron');
    expect(leaderAt(result, t, 'Ruto', 1)?.name).toBe('William Ruto');
  });

  it('resolves "Ms Hidalgo" after an apposition', () => {
    const t = 'Anne Hidalgo, the mayor of Paris, opened the pool. Ms Hidalgo swam the first length.';
    const result = run(t);
    const m = leaderAt(result, t, 'Hidalgo', 1);
    expect(m, JSON.stringify(spansOf(result, 'leaders'))).toBeDefined();
    expect(m!.name).toBe('Anne Hidalgo');
  });
});

describe('leaders: span edges', () => {
  it('excludes trailing punctuation', () => {
    const text = 'The summit was chaired by German Chancellor Olaf Scholz.';
    const result = run(text);
    expect(result.leaders.map((m) => m.text)).toEqual(['Olaf Scholz']);
  });

  it("excludes possessive 's on a full name (straight and curly apostrophes)", () => {
    const text = "Kenyan President William Ruto's cabinet met. William Ruto’s deputy was absent.";
    const result = run(text);
    expect(result.leaders.map((m) => m.text)).toEqual(['William Ruto', 'William Ruto']);
  });

  it('no leader text ends with punctuation or a possessive', () => {
    const text =
      'On Monday, South African President Cyril Ramaphosa (left) greeted UN Secretary-General António Guterres; ' +
      "Ramaphosa's aides said Guterres, who flew in from Addis Ababa, would stay.";
    const result = run(text);
    expect(result.leaders.length).toBeGreaterThanOrEqual(4);
    for (const m of result.leaders) expect(m.text).not.toMatch(/([.,;:!?()'’"]|['’]s)$/);
  });
});

describe('people who are not leaders', () => {
  it('a spokesperson goes to people, not leaders', () => {
    const text = 'Government spokesperson Prisca Thevenot said the decree would be published on Friday.';
    const result = run(text);
    expect(result.leaders).toEqual([]);
    const p = result.people.find((m) => m.text === 'Prisca Thevenot');
    expect(p, JSON.stringify(spansOf(result, 'people'))).toBeDefined();
    expect(p!.name).toBe('Prisca Thevenot');
    expect(p!.role ?? '').toMatch(/spokesperson/i);
  });

  it("a leader's spokesman is a person while the leader is a leader", () => {
    const text =
      'Kremlin spokesman Dmitry Peskov said Russian President Vladimir Putin had no plans to travel.';
    const result = run(text);
    expect(result.leaders.map((m) => m.name)).toEqual(['Vladimir Putin']);
    expect(result.people.map((m) => m.name)).toContain('Dmitry Peskov');
  });

  it('a journalist and an analyst go to people', () => {
    const text =
      'BBC correspondent Lyse Doucet reported from the border, while Priya Raman, an analyst at Capital Economics, expected more cuts.';
    const result = run(text);
    expect(result.leaders).toEqual([]);
    const names = result.people.map((m) => m.name);
    expect(names).toContain('Lyse Doucet');
    expect(names).toContain('Priya Raman');
  });

  it('a victim goes to people', () => {
    const text = 'Chidi Okafor, a 34-year-old teacher, was killed when the roof collapsed in Lagos.';
    const result = run(text);
    expect(result.leaders).toEqual([]);
    expect(result.people.map((m) => m.text)).toContain('Chidi Okafor');
  });

  it('a later short mention of a non-leader stays in people', () => {
    const text = 'Kremlin spokesman Dmitry Peskov declined to comment. Peskov said the talks were private.';
    const result = run(text);
    expect(result.leaders).toEqual([]);
    const second = result.people.find((m) => m.start === text.lastIndexOf('Peskov'));
    expect(second, JSON.stringify(spansOf(result, 'people'))).toBeDefined();
    expect(second!.name).toBe('Dmitry Peskov');
  });

  it('no mention is both a leader and a non-leader', () => {
    const text =
      'Kremlin spokesman Dmitry Peskov said Russian President Vladimir Putin would meet Turkish President Recep Tayyip Erdogan. ' +
      'Putin and Erdogan spoke by phone, Peskov added.';
    const result = run(text);
    const leaderSpans = new Set(result.leaders.map((m) => `${m.start}:${m.end}`));
    for (const p of result.people) expect(leaderSpans.has(`${p.start}:${p.end}`), p.text).toBe(false);
  });
});

describe('leaders: names from any culture and less common titles', () => {
  it('particles in the name: "European Commission President Ursula von der Leyen"', () => {
    expectLeader(
      'European Commission President Ursula von der Leyen presented the plan in Strasbourg.',
      'Ursula von der Leyen',
      'Ursula von der Leyen',
      /president/i,
    );
  });

  it('a later short mention keeps the particles before the surname, in either case', () => {
    const text =
      'Governor Lena van der Meer opened the dam. Later, van der Meer thanked the crews. Van der Meer left.';
    expectLeader(text, 'van der Meer', 'Lena van der Meer', /governor/i, 1);
    expectLeader(text, 'Van der Meer', 'Lena van der Meer', /governor/i);
    const mayor = 'Mayor Paolo di Santo spoke. Critics said di Santo was late.';
    expectLeader(mayor, 'di Santo', 'Paolo di Santo', /mayor/i, 1);
  });

  it('"Title of Place Name": the place is not the name, a two-word place included', () => {
    expect(run('Envoys met the King of Saudi Arabia on Monday.').leaders).toEqual([]);
    expect(run('She is the Queen of New Zealand and of Canada.').leaders).toEqual([]);
    expectLeader(
      'The Prime Minister of New Zealand Mary Walsh spoke.',
      'Mary Walsh',
      'Mary Walsh',
      /prime minister/i,
    );
    expectLeader(
      'Minister of Foreign Affairs Peter Olsen arrived.',
      'Peter Olsen',
      'Peter Olsen',
      /minister/i,
    );
  });

  it('hyphenated name: "Egyptian President Abdel Fattah el-Sisi"', () => {
    expectLeader(
      'Egyptian President Abdel Fattah el-Sisi inaugurated the new capital.',
      'Abdel Fattah el-Sisi',
      'Abdel Fattah el-Sisi',
      /president/i,
    );
  });

  it('patronymic name: "Saudi Crown Prince and Prime Minister Mohammed bin Salman"', () => {
    expectLeader(
      'Saudi Crown Prince and Prime Minister Mohammed bin Salman received the envoy in Riyadh.',
      'Mohammed bin Salman',
      'Mohammed bin Salman',
      /prime minister/i,
    );
  });

  it('hyphenated surname: "Ghanaian President Nana Akufo-Addo"', () => {
    expectLeader(
      'Ghanaian President Nana Akufo-Addo signed the bill on Thursday.',
      'Nana Akufo-Addo',
      'Nana Akufo-Addo',
      /president/i,
    );
  });

  it('Ukrainian head of state with a later short mention', () => {
    const text =
      'Ukrainian President Volodymyr Zelensky addressed the parliament. Zelensky asked for more air defence.';
    expectLeader(text, 'Zelensky', 'Volodymyr Zelensky', null, 1);
  });

  it('abbreviated military rank and middle initial: "Gen. Charles Q. Brown"', () => {
    expectLeader(
      'The chairman of the Joint Chiefs of Staff, Gen. Charles Q. Brown, briefed senators.',
      'Charles Q. Brown',
      'Charles Q. Brown',
      /chairman|gen/i,
    );
  });

  it('"NATO Secretary General Mark Rutte" (no hyphen)', () => {
    expectLeader(
      'NATO Secretary General Mark Rutte visited the Baltic states.',
      'Mark Rutte',
      'Mark Rutte',
      /secretary general/i,
    );
  });

  it('company head with an acronym title: "Apple CEO Tim Cook"', () => {
    expectLeader('Apple CEO Tim Cook met suppliers in Shenzhen.', 'Tim Cook', 'Tim Cook', /CEO/);
  });

  it('Indian minister: "Defence Minister Rajnath Singh"', () => {
    expectLeader(
      'Defence Minister Rajnath Singh inspected the new submarine.',
      'Rajnath Singh',
      'Rajnath Singh',
      /minister/i,
    );
  });

  it('Mexican head of state: "Mexican President Claudia Sheinbaum" at the start of a quote', () => {
    expectLeader(
      '"We will not accept tariffs," said Mexican President Claudia Sheinbaum on Monday.',
      'Claudia Sheinbaum',
      'Claudia Sheinbaum',
      /president/i,
    );
  });

  it('lower-case role after the name: "Shehbaz Sharif, the prime minister,"', () => {
    expectLeader(
      'Shehbaz Sharif, the prime minister, ordered an inquiry into the blackout.',
      'Shehbaz Sharif',
      'Shehbaz Sharif',
      /prime minister/i,
    );
  });

  it('honorific plus apposition: "Dr. Tedros Adhanom Ghebreyesus, the director-general of the World Health Organization"', () => {
    expectLeader(
      'Dr. Tedros Adhanom Ghebreyesus, the director-general of the World Health Organization, urged countries to share vaccines.',
      'Tedros Adhanom Ghebreyesus',
      'Tedros Adhanom Ghebreyesus',
      /director-general/i,
    );
  });

  it('monarch as head of state: "King Charles III"', () => {
    const text = 'King Charles III opened the new session of parliament in London.';
    const result = run(text);
    const m = result.leaders.find((l) => l.text.includes('Charles'));
    expect(m, JSON.stringify(spansOf(result, 'leaders'))).toBeDefined();
    expect(m!.role ?? '').toMatch(/king/i);
  });

  it('a non-leader with a "chief" title stays in people: "chief economist"', () => {
    const text = 'Chief economist Huw Pill said wage growth was too fast.';
    const result = run(text);
    expect(result.leaders).toEqual([]);
    expect(result.people.map((m) => m.text)).toContain('Huw Pill');
  });

  it('an office without a name is not a leader mention', () => {
    const text = 'The president said the minister would visit the governor on Friday.';
    const result = run(text);
    expect(result.leaders).toEqual([]);
  });
});

describe('leaders: heads of companies and of parts of organisations', () => {
  const leaderTexts = (text: string) => run(text).leaders.map((m) => m.text);

  it('reads a title in capitals after the name, and never takes the company for the person', () => {
    expectLeader('Mary Barra, CEO of General Motors, spoke on Monday.', 'Mary Barra', 'Mary Barra', /CEO/);
    expectLeader(
      'Sam Altman, the CEO of OpenAI, said the model was ready.',
      'Sam Altman',
      'Sam Altman',
      /CEO/,
    );
    expect(leaderTexts('Sam Altman, the CEO of OpenAI, said the model was ready.')).not.toContain('OpenAI');
  });

  it('does not make a leader of the head of a field or a unit', () => {
    expect(
      leaderTexts(
        'Patrick Moore, vice president of electrical engineering for Acme Power, said crews were ready.',
      ),
    ).toEqual([]);
    expect(leaderTexts('Jennifer Stone, the department head, said the study was new.')).toEqual([]);
    expectLeader(
      'Oleh Petrenko, the president of the regional government of Kherson, spoke on television.',
      'Oleh Petrenko',
      'Oleh Petrenko',
      /president/,
    );
  });
});

describe('leaders: heads of associations of a profession or trade', () => {
  const leaderTexts = (text: string) => run(text).leaders.map((m) => m.text);

  it("the head of a body named after its members' trade is not a leader", () => {
    expect(leaderTexts('Maria Lopez, head of the Regional Teachers Association, said pay was low.')).toEqual(
      [],
    );
    expect(leaderTexts('Tom Reed, chairman of the Board of Trade Advisers, said no.')).toEqual([]);
    expect(leaderTexts('Ravi Nair, president of the Union of Dairy Farmers, was angry.')).toEqual([]);
  });

  it('keeps the head of a legislature, an international body or a company', () => {
    expectLeader(
      'Ann Lee, the speaker of the House of Representatives, spoke.',
      'Ann Lee',
      'Ann Lee',
      /speaker/,
    );
    expectLeader(
      'Lim Wei, secretary-general of the Association of Southeast Asian Nations, arrived.',
      'Lim Wei',
      'Lim Wei',
      /secretary-general/,
    );
    expectLeader(
      'Kim Park, chief executive of Acme Industries, resigned.',
      'Kim Park',
      'Kim Park',
      /chief executive/,
    );
  });
});

describe('leaders: an office stated in an "as" phrase', () => {
  const leaderTexts = (text: string) => run(text).leaders.map((m) => m.text);

  it('gives the office to the person a following "he" or "she" takes up', () => {
    const text =
      'In 2011, Senator Anna Kroll of Ohio opposed the levy. By 2016, as Senate majority leader, she passed it.';
    expectLeader(text, 'Anna Kroll', 'Anna Kroll', /majority leader/);
  });

  it('gives it to the name right before "X, as ..."', () => {
    expectLeader(
      'Laura Mensah, as finance minister, cut fuel taxes.',
      'Laura Mensah',
      'Laura Mensah',
      /minister/,
    );
  });

  it('takes the subject of the sentence before, not a later name in it', () => {
    const text = 'Senator Tom Hale met the reporter Sue Grant. Later, as party leader, he spoke.';
    expect(leaderTexts(text)).toEqual(['Tom Hale']);
  });

  it('does not reach back more than a sentence, nor read "as a leader" as an office', () => {
    expect(
      leaderTexts(
        'Senator Tom Hale spoke. Reporter Sue Grant wrote it up. It ran long. As party leader, he spoke.',
      ),
    ).toEqual([]);
    expect(
      leaderTexts('The analyst Joe Bloggs was blunt. As a leader, he said, the senator was weak.'),
    ).toEqual([]);
  });
});

describe('leaders: words with soft hyphens', () => {
  it('reads a name split by soft hyphens as the name, and keeps the span on the text as written', () => {
    const text =
      'Russian President Vladi\u00admir Putin met Prime Minister Benjamin Netan\u00adyahu. Later Netan\u00adyahu spoke.';
    const result = run(text);
    expect(result.leaders.map((m) => m.text)).toEqual([
      'Vladi\u00admir Putin',
      'Benjamin Netan\u00adyahu',
      'Netan\u00adyahu',
    ]);
    expect(result.leaders.map((m) => m.name)).toEqual([
      'Vladimir Putin',
      'Benjamin Netanyahu',
      'Benjamin Netanyahu',
    ]);
  });
});
