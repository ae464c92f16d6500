/**
 * The baseline the accuracy goals are measured against: what a user could put together from a
 * general tagger without Newslens. compromise's people() and numbers(), plus a simple title rule:
 * a person is a leader when one of a few office words stands right before the name (or starts it),
 * and then every later mention of that surname is one too. A number takes the run of nouns after
 * it as its head ("200 stores"); numbers compromise tags as dates are left out.
 */
import nlp from 'compromise';
import type { Span } from './score';

const TITLE_RULE =
  /\b(?:president|prime minister|premier|chancellor|minister|secretary|governor|mayor|king|queen|ceo|chairman|chairwoman|leader|speaker)\s*,?\s*$/i;

interface Match {
  text: string;
  offset: { start: number; length: number };
  terms?: { tags: string[] }[];
}

/** Leader and claim spans by the baseline. */
export function baselineAnalyze(text: string): { leaders: (Span & { name: string })[]; claims: Span[] } {
  const doc = nlp(text);
  const people = doc.people().json({ offset: true }) as Match[];
  const leaderNames = new Set<string>();
  const spans = people.map((p) => {
    const start = p.offset.start;
    const end = start + p.offset.length;
    const name = p.text.replace(/['’]s?$/u, '').replace(/[^\p{L}\p{M}-]+$/u, '');
    const last = name.split(/\s+/).pop() ?? name;
    const before = text.slice(Math.max(0, start - 40), start);
    if (TITLE_RULE.test(before) || TITLE_RULE.test(name.split(/\s+/)[0] + ' ')) leaderNames.add(last);
    return { start, end: start + name.length || end, last };
  });
  // A person is known by the last word of the name, as the title rule spreads it.
  const leaders = spans
    .filter((s) => leaderNames.has(s.last))
    .map(({ start, end, last }) => ({ start, end, name: last }));

  const withHead = new Map<number, number>();
  for (const m of doc.match('#Value+ #Adjective? #Noun+').json({ offset: true }) as Match[])
    withHead.set(m.offset.start, m.offset.start + m.offset.length);
  const claims: Span[] = [];
  for (const m of doc.numbers().json({ offset: true, terms: { tags: true } }) as Match[]) {
    if (m.terms?.some((t) => t.tags.includes('Date'))) continue;
    const start = m.offset.start;
    const end = withHead.get(start) ?? start + m.offset.length;
    if (claims.length && start < claims[claims.length - 1].end) continue;
    claims.push({ start, end });
  }
  return { leaders, claims };
}
