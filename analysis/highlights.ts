import type { Analysis } from './types';

export type HighlightKind = 'leader' | 'claim';

/** One piece of text to highlight, with what a reader (and the DOM contract) needs to know about it. */
export interface HighlightSpan {
  kind: HighlightKind;
  start: number;
  end: number;
  /** The leader's canonical name, or the claim's value and normalised unit ("22000000 t"). */
  key: string;
  text: string;
  /** Leaders: the office as the text states it. */
  role?: string | null;
  /** Claims: the number and the unit as written. */
  value?: number;
  unit?: string;
}

/**
 * The key that names a claim's figure whatever its spelling: "22 million tonnes" and "22m tons" share
 * one. A range or a vague amount says so in words ("between 400 and 600 break", "about 24 school" for
 * "dozens of schools"), so it never reads as, or matches, an exact figure.
 */
export function claimKey(
  value: number,
  normalizedUnit: string,
  how: { approximate?: boolean; high?: number } = {},
): string {
  const figure =
    how.high !== undefined
      ? `between ${value} and ${how.high}`
      : how.approximate
        ? `about ${value}`
        : String(value);
  return normalizedUnit ? `${figure} ${normalizedUnit}` : figure;
}

/** What to highlight from an analysis: leaders and claims in text order. */
export function highlightSpans(analysis: Analysis): HighlightSpan[] {
  const spans: HighlightSpan[] = [];
  for (const leader of analysis.leaders)
    spans.push({
      kind: 'leader',
      start: leader.start,
      end: leader.end,
      key: leader.name,
      text: leader.text,
      role: leader.role,
    });
  for (const claim of analysis.claims)
    spans.push({
      kind: 'claim',
      start: claim.start,
      end: claim.end,
      key: claimKey(claim.value, claim.normalizedUnit, claim),
      text: claim.text,
      value: claim.value,
      unit: claim.unit,
    });
  return spans.sort((a, b) => a.start - b.start || a.end - b.end);
}
