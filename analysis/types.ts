/** A piece of the analysed text: UTF-16 offsets, `text === input.slice(start, end)`. */
export interface Mention {
  start: number;
  end: number;
  text: string;
}

/** A mention of a named person: a leader when the text gives them a leadership office. */
export interface PersonMention extends Mention {
  /** The canonical full name the mention resolves to ("Putin" -> "Vladimir Putin"). */
  name: string;
  /** The office or description as the text states it, or null when the text gives none. */
  role: string | null;
}

/** A quantity about the world: qualifier + number + what is counted or measured. */
export interface NumericClaim extends Mention {
  /**
   * The number as stated ("4.1 million" is 4100000, "5%" is 5); for a vague amount its lower bound
   * ("dozens" is 24, "several hundred" 300), for a range its low end.
   */
  value: number;
  /** The high end of a range or alternatives ("between 400 and 600 breaks": 600). */
  high?: number;
  /** True when the text states the amount vaguely or approximately ("dozens", "about 50", "40-odd"). */
  approximate?: boolean;
  /** The unit or counted noun as written ("tonnes", "people", "$", "%"). */
  unit: string;
  /** A unit that equates spellings of the same thing ("tonnes", "tons" -> "t"; "people" -> "person"). */
  normalizedUnit: string;
}

/** What `analyze` finds in a text. Each list is in text order and never overlaps itself. */
export interface Analysis {
  leaders: PersonMention[];
  people: PersonMention[];
  claims: NumericClaim[];
}
