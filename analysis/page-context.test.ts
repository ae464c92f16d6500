import { describe, expect, it } from 'vitest';
import { analyze } from './index';
import { GlossaryIndex, describePage, type ClaimItem, type LeaderItem } from './page-items';
import { claimContexts, leaderContext, whatItCounts, withPageContext } from './page-context';

const EMPTY = new GlossaryIndex({ version: 1, sources: [], leaders: [], claims: [], entities: [] });

/** The items of a text as the background sends them: sources' context, then the page's own. */
function itemsOf(text: string) {
  const analysis = analyze(text);
  return withPageContext(text, analysis, describePage(text, analysis, EMPTY));
}
const claim = (text: string, figure: string) => {
  const found = itemsOf(text).find(
    (item): item is ClaimItem => item.kind === 'claim' && item.text.includes(figure),
  );
  if (!found) throw new Error(`no claim ${figure}`);
  return found;
};

describe('whatItCounts', () => {
  const counts = (text: string, figure: string) => {
    const found = analyze(text).claims.find((c) => c.text.includes(figure));
    if (!found) throw new Error(`no claim ${figure}`);
    return whatItCounts(text, found);
  };

  it('gives the analysis’s counted noun or measured thing', () => {
    expect(counts('Some 4.1 million people need food aid.', '4.1 million')).toBe('people');
    expect(counts('Ships carried 22 million tonnes of grain.', '22 million')).toBe('grain');
  });

  it('names what a sum of money or a percentage is of, from the phrase after it', () => {
    expect(counts('The US imposed tariffs on $360 billion of Chinese goods.', '$360')).toBe('Chinese goods');
    expect(counts('The start-up raised $2 billion in new funding last week.', '$2')).toBe('funding');
    expect(counts('Officials announced a 25% tariff on steel.', '25%')).toBe('tariff');
    expect(counts('They agreed a $5 billion deal with the union.', '$5')).toBe('deal');
    expect(counts('Transit: £1,000 fine for riding without a ticket', '£1,000')).toBe('fine');
    expect(counts('At least 20 percent of the members must vote.', '20 percent')).toBe('members');
    expect(counts('It reached 67 percent of residents through calls.', '67 percent')).toBe('residents');
  });

  it('names the subject of a verb of change or worth before it', () => {
    expect(counts('Unemployment rose to 5.2% in May.', '5.2%')).toBe('unemployment');
    expect(counts('Unemployment in the valley rose to 9% last year.', '9%')).toBe('unemployment');
    expect(counts('The figures show inflation of 4.8% across the region.', '4.8%')).toBe('inflation');
    expect(counts('The contract is worth $5 billion, officials said.', '$5')).toBe('contract');
    expect(counts('Her support fell from 54% in May to 35% in June.', '54%')).toBe('support');
    expect(counts('The painting sold for $2 million at auction.', '$2')).toBe('painting');
    expect(counts('The deficit is expected to total nearly $1 trillion next year.', '$1')).toBe('deficit');
    expect(counts('The public debt of the United States stands at nearly $16 trillion.', '$16')).toBe('debt');
    expect(counts('A bill that raised spending by $300 billion over two years.', '$300')).toBe('spending');
    expect(counts('That would reduce federal revenue by an additional $631 billion.', '$631')).toBe(
      'federal revenue',
    );
  });

  it('ends what a figure is of at its noun: no pronoun, verb or clause after it', () => {
    expect(counts('Each will get 10 per cent of the total they can buy.', '10 per cent')).toBe('total');
    expect(counts('A poll found 68 per cent of people believed the plan would fail.', '68 per cent')).toBe(
      'people',
    );
    expect(counts('The firm paid $300 million in a deal backed by a fund.', '$300')).toBe('deal');
    expect(counts('Ten years of war left 4 per cent of the land unused.', 'Ten years')).toBe('war');
    expect(counts('He waited 12 years of waiting — and more.', '12 years')).toBe('waiting');
    expect(counts('Some 44 percent of Americans say they want him removed.', '44 percent')).toBe('Americans');
    expect(counts('Fifty-one percent say that the actions were wrong.', 'Fifty-one percent')).toBe('');
  });

  it('keeps the end of a long noun phrase, where its noun is', () => {
    expect(counts('It will raise up to $12.9bn in landmark Hong Kong listing.', '$12.9bn')).toBe(
      'Hong Kong listing',
    );
    expect(
      counts('They hold 36 percent of the world’s remaining intact forested landscapes.', '36 percent'),
    ).toBe('intact forested landscapes');
  });

  it('says nothing rather than a time or a guess', () => {
    expect(counts('The economy grew 3% last year.', '3%')).toBe('economy');
    expect(counts('It was 40%.', '40%')).toBe('');
    expect(
      counts(
        'For example, grants to students from poor families for college total roughly $30 billion.',
        '$30',
      ),
    ).toBe('');
  });
});

describe('leaderContext', () => {
  it('gives the offices the page states and each sentence naming them once, in order', () => {
    const text =
      'Prime Minister Boris Johnson spoke in London on Monday. Johnson, the leader of the Conservative Party, ' +
      'said talks would go on. Critics disagreed. Johnson later left for Brussels.';
    const analysis = analyze(text);
    const page = leaderContext(text, analysis.leaders);
    expect(page.offices[0]).toBe('Prime Minister');
    expect(page.sentences).toEqual([
      'Prime Minister Boris Johnson spoke in London on Monday.',
      'Johnson, the leader of the Conservative Party, said talks would go on.',
      'Johnson later left for Brussels.',
    ]);
    expect(page.mentionsAt.map((m) => m.sentence)).toEqual([0, 1, 2]);
    expect(page.mentionsAt.map((m) => text.slice(m.start, m.start + 7))).toEqual([
      'Boris J',
      'Johnson',
      'Johnson',
    ]);
  });

  it('joins the page’s context to the leader’s item, with or without sources', () => {
    const text = 'President Emmanuel Macron met farmers. Macron promised aid. Macron then left.';
    const [leader] = itemsOf(text) as LeaderItem[];
    expect(leader.page?.sentences).toHaveLength(3);
    expect(leader.page?.offices).toEqual(['President']);
  });
});

describe('claimContexts', () => {
  it('flags another figure for the same thing further down the page as a difference', () => {
    const text =
      'At least 12 people were killed in the blast on Monday, police said. Aid groups said 4.1 million people ' +
      'need food. Later, officials said 14 people were killed and dozens hurt.';
    const twelve = claim(text, '12');
    expect(twelve.page?.differing.map((f) => f.text)).toEqual(['14 people']);
    expect(twelve.page?.differing[0].sentence).toBe(
      'Later, officials said 14 people were killed and dozens hurt.',
    );
    // Counted the same way but about something else: not a difference.
    expect(claim(text, '4.1 million').page?.differing).toEqual([]);
    expect(claim(text, '14').page?.differing.map((f) => f.text)).toEqual(['At least 12 people']);
  });

  it('does not flag figures of one thing said of different moments or things', () => {
    const text = 'Unemployment rose to 5.2% in May. In June, unemployment fell to 4.9% as hiring picked up.';
    const contexts = claimContexts(text, analyze(text).claims);
    for (const context of contexts.values()) expect(context.differing).toEqual([]);
  });

  // Each from a false difference seen on the development articles, written anew.
  it.each([
    [
      'names different places',
      'France has reported about 12,000 cases, officials said. Germany has reported 15,000 cases.',
    ],
    [
      'compares figures side by side in one sentence',
      'Temperatures reached about ten degrees in the north and 14 degrees in the south.',
    ],
    [
      'sets a country against the world',
      'In Canada, about 900 deaths were recorded, officials said. Worldwide 5,000 deaths were recorded.',
    ],
    [
      'gives a rate beside a count',
      'The clinic saw 300 patients a day before the strike, staff said. About 80 patients were left at the clinic.',
    ],
    [
      'gives a density beside a total',
      'Drives will reach up to 6Tb per square inch. Makers will reach 80Tb drives, analysts said.',
    ],
    [
      'states plain tallies, neither reported nor estimated',
      'He scored six points in the first half. He scored eight points after the break.',
    ],
  ])('flags no difference where the page %s', (_, text) => {
    for (const context of claimContexts(text, analyze(text).claims).values())
      expect(context.differing).toEqual([]);
  });

  it('keeps each sentence of a repeated figure once, with its mentions pointing at it', () => {
    const text =
      'The fund holds $2 billion. Critics say $2 billion is too little. The fund has $2 billion left.';
    const item = claim(text, '$2');
    expect(item.mentions).toBe(3);
    expect(item.page?.sentences).toHaveLength(3);
    expect(item.page?.mentionsAt.map((m) => m.sentence)).toEqual([0, 1, 2]);
  });

  it('gives a vague amount and a range their page context too (keyed as the items are)', () => {
    const text = 'Dozens of schools closed on Monday. Between 400 and 600 breaks were found in the pipes.';
    expect(claim(text, 'Dozens').page?.sentences).toEqual(['Dozens of schools closed on Monday.']);
    expect(claim(text, '400').page?.sentences).toEqual([
      'Between 400 and 600 breaks were found in the pipes.',
    ]);
  });

  it('says what money counts in the item the popup shows', () => {
    expect(claim('Washington put tariffs on $360 billion of Chinese goods.', '$360').counts).toBe(
      'Chinese goods',
    );
  });
});
