import type { Analysis, PersonMention } from '../../analysis';

function summarizePeople(label: string, mentions: PersonMention[]): string {
  const byName = new Map<string, { role: string | null; count: number }>();
  for (const m of mentions) {
    const seen = byName.get(m.name) ?? { role: m.role, count: 0 };
    seen.count++;
    byName.set(m.name, seen);
  }
  const items = [...byName].map(([name, { role, count }]) => `${name}${role ? ` (${role})` : ''} x${count}`);
  return `  ${label} (${mentions.length}): ${items.join('; ') || 'none'}`;
}

/** A readable report of one analysis: leaders and people with their roles and counts, then the claims. */
export function summary(
  title: string,
  result: Analysis,
  article?: { isNews: boolean; score: number } | null,
): string {
  const lines = [title];
  if (article) lines.push(`  article: ${article.isNews ? 'news' : 'not news'} (score ${article.score})`);
  lines.push(summarizePeople('leaders', result.leaders), summarizePeople('people', result.people));
  const claims = result.claims.map((c) => `"${c.text}" = ${c.value} ${c.normalizedUnit}`);
  lines.push(`  claims (${result.claims.length}): ${claims.join('; ') || 'none'}`);
  return lines.join('\n');
}
