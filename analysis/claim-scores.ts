/** Score lines of a sports round-up: "Wild 4, Sabres 1: Zach Parise scored twice ...". */
import type { NumericClaim } from './types';

// A team's name: one to four capitalised words ("Red Wings", "Blue Jackets", "St. Louis").
const TEAM = String.raw`\p{Lu}[\p{L}.'’&-]*(?: \p{Lu}[\p{L}.'’&-]*){0,3}`;
// At the start of a line or sentence: a team and its score, a comma, the other team and its score, then a
// colon, a dash, a line break or a parenthesis (overtime): the form news agencies write results in.
const SCORE_LINE = new RegExp(
  String.raw`(?<=^|\n|[.!?] )(${TEAM}) (\d{1,3}), (${TEAM}) (\d{1,3})(?=\s*(?::|—|–|\n|$|\(| -))`,
  'gu',
);

/** The score lines of the text, each one claim valued at the first score ("Wild 4, Sabres 1" is 4). */
function findScoreLines(text: string): NumericClaim[] {
  const found: NumericClaim[] = [];
  for (const match of text.matchAll(SCORE_LINE)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    found.push({
      start,
      end,
      text: match[0],
      // A score, like "106-103", is valued at its first figure and has no unit.
      value: Number(match[2]),
      unit: '',
      normalizedUnit: '',
    });
  }
  return found;
}

/** Claims with the score lines put in: a score line replaces the claims inside it. */
export function withScoreLines(text: string, claims: NumericClaim[]): NumericClaim[] {
  const lines = findScoreLines(text);
  if (lines.length === 0) return claims;
  const kept = claims.filter((c) => !lines.some((l) => c.start < l.end && l.start < c.end));
  return [...kept, ...lines].sort((a, b) => a.start - b.start);
}

// One entry of a box score: a name, then small figures each with what it counts, ending the entry
// ("Devoe 2 points.", "C. Martinez 1 goal", "Noah Jackson 1 goal, 1 assist", "Ann Lee 19 points and 3 steals").
const STAT_COUNT = String.raw`\d{1,3}[ \u00a0]\p{Ll}+(?:[ \u00a0]\p{Ll}+)?`;
const STAT_ENTRY = new RegExp(
  String.raw`\p{Lu}[\p{L}'’.-]*(?:[ \u00a0]\p{Lu}[\p{L}'’.-]*){0,3}[ \u00a0]` +
    String.raw`${STAT_COUNT}(?:(?:,[ \u00a0]|[ \u00a0]and[ \u00a0])${STAT_COUNT})*(?=[.,;(]|$)`,
  'gmu',
);
// What may stand between a box score's entries: punctuation and spaces only. Any word left over ("filed for",
// or the "and" of "Windows 10 users, and Windows 11 testers") makes the line prose.
const BETWEEN_ENTRIES = /^[\p{P}\s]*$/u;
// A box score's line for one team: its name and record, then a colon ("Cocoa (1-2): Jordan Munoz 8 saves.").
const TEAM_RECORD = /^\p{Lu}[\p{L}.'’ -]{0,40}\((?:\d{1,2}-\d{1,2}(?:-\d{1,2})?|NR)\):/u;

/**
 * True when the line holding `offset` is a box score's: nothing but two or more entries, or a team's name and
 * record before a colon. There a figure after a name is a count, not a label.
 */
export function inStatLine(text: string, offset: number): boolean {
  const start = text.lastIndexOf('\n', offset) + 1;
  const end = text.indexOf('\n', offset);
  const line = text.slice(start, end < 0 ? text.length : end);
  if (TEAM_RECORD.test(line)) return true;
  return (line.match(STAT_ENTRY)?.length ?? 0) >= 2 && BETWEEN_ENTRIES.test(line.replace(STAT_ENTRY, ''));
}
