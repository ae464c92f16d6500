import { describe, expect, it } from 'vitest';
import { findNumericClaims } from '../../../analysis/claims';

const claims = (text: string) => findNumericClaims(text).map((c) => c.text);

describe('sports results (claim-scores, claim-number, claims)', () => {
  it("reads a round-up's score line as one claim, valued at the first score", () => {
    const text = 'Hawks 4, Red Owls 1: Jo Lee scored twice.\n\nBlue Jays 5, Otters 2 (OT)\nThe Owls fell.';
    expect(claims(text)).toEqual(['Hawks 4, Red Owls 1', 'twice', 'Blue Jays 5, Otters 2']);
    expect(findNumericClaims(text)[0].value).toBe(4);
    // Not in running text: a list of places and numbers is no score line.
    expect(claims('He visited Paris 3, Rome 2 and more.')).not.toContain('Paris 3, Rome 2');
  });
  it('reads a record of wins, losses and ties, but not a date', () => {
    expect(claims('The Owls improved to 14-0-1 after a 9-2-1 start.')).toEqual(['14-0-1', '9-2-1']);
    expect(claims('The form was dated 12-05-19.')).toEqual([]);
  });
  it('reads a tally whose noun is left out', () => {
    expect(claims('They have won three in a row and five of six, and lost five straight.')).toEqual([
      'three',
      'five of six',
      'five straight',
    ]);
    expect(claims('The Owls have won 12 of 13.')).toEqual(['12 of 13']);
  });
  it('reads the figures of a box-score line, two or more entries, after each name ("Devoe 2 points. Baker 6 points.")', () => {
    const claims = (text: string) => findNumericClaims(text).map((c) => c.text);
    expect(claims('Riverton (0-1): Ada Okoro 15 points. Devoe 2 points, 3 steals. Baker 6 points.')).toEqual([
      '0-1',
      '15 points',
      '2 points',
      '3 steals',
      '6 points',
    ]);
    // One entry after a team's name and record, or entries joined by "and".
    expect(claims('Cocoa (1-2): Jordan Munoz 8 saves.')).toEqual(['1-2', '8 saves']);
    expect(claims('Ann Lee 19 points and 3 steals. Ada Okoro 6 points.')).toEqual([
      '19 points',
      '3 steals',
      '6 points',
    ]);
    // A name's figure in running text is a label or a model: "Formula 1", "Boeing 737".
    expect(claims('He flew a Boeing 737 jet to the Formula 1 race.')).toEqual([]);
  });
  it('counts a line as a box score only when it is nothing but entries', () => {
    expect(claims('C. Martinez 1 goal. D. Robbins 1 save.')).toEqual(['1 goal', '1 save']);
    expect(claims('Devoe 2 points. Baker 6 points.')).toEqual(['2 points', '6 points']);
    expect(claims('Osas Osaro 3 goals, 1 assist. Aden Hara 2 goals, 2 assists.')).toEqual([
      '3 goals',
      '1 assist',
      '2 goals',
      '2 assists',
    ]);
    // Prose with two names followed by figures: the figures are labels of products and laws.
    const prose = [
      'Windows 10 users, and Windows 11 testers.',
      'Galaxy 24 phones, and Pixel 8 phones sold well.',
      'The firm filed for Chapter 11 protection, and Title 42 expulsions ended.',
    ];
    for (const text of [...prose, prose.join(' ')]) {
      const found = claims(text);
      for (const label of ['11 testers', '8 phones', '42 expulsions'])
        expect(found, text).not.toContain(label);
    }
  });
});
