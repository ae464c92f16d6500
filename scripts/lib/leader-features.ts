/**
 * Features of a person the analysis found, for a learned leader decision: the lower-case words around
 * its mentions and a few facts about how the text names it. Proper nouns never become features (a
 * capitalised word is only ever counted as "a capitalised word", never by its spelling), so a model
 * fitted on them cannot learn who is a leader by name, only how news language presents one.
 */
import { analyze } from '../../analysis';
import { isCommonWord, isPlaceOrOrganization, wordTags } from '../../analysis/lexicon';
import { LEADER_TITLES, OTHER_TITLES } from '../../analysis/roles';
import { isCapitalized, tokenize, withoutPossessive, type Token } from '../../analysis/tokens';
import type { PersonMention } from '../../analysis/types';
import { goldFiles } from './gold-set';
import { overlaps, type Span } from './score';

/** Tokens either side of a mention whose lower-case words are read. */
const WINDOW = 4;

/** One person the analysis found in a document, with what the words around it say. */
export interface PersonCase {
  doc: string;
  name: string;
  /** Whether the rules made it a leader. */
  ruleLeader: boolean;
  role: string | null;
  mentions: PersonMention[];
  /** The mentions the rules made leader mentions (all or none of a person's, as a rule). */
  ruleLeaderMentions: PersonMention[];
  /** Named features present (binary), each counted once per person. */
  features: Set<string>;
  /** Gold: whether any of its mentions is a gold leader mention. */
  goldLeader: boolean;
}

/** One annotated document: its text, gold leader spans and gold leader persons (mention spans by canonical name). */
export interface GoldDocument {
  id: string;
  text: string;
  goldLeaders: Span[];
  goldLeaderPersons: Span[][];
}

/** Loads every gold file of a directory with its text and gold leader spans. */
export function loadGoldDocuments(goldDir: string, textsDir: string): GoldDocument[] {
  return [...goldFiles(goldDir, textsDir)].map(({ id, gold, text, personSpans }) => {
    const byPerson = new Map<string, Span[]>();
    gold.persons.forEach((p, i) => {
      if (!p.leader) return;
      const list = byPerson.get(p.canonical) ?? [];
      list.push(personSpans[i]);
      byPerson.set(p.canonical, list);
    });
    return {
      id,
      text,
      goldLeaders: personSpans.filter((_, i) => gold.persons[i].leader),
      goldLeaderPersons: [...byPerson.values()],
    };
  });
}

const lower = (t: Token) => t.text.toLowerCase().replace(/['’]s$/u, '');

/**
 * A capitalised word read by its spelling: a common word compromise knows ("President", "Said") or a
 * title of the rules' lists ("Governor"); never a name, so no person is learned by name.
 */
function titleLike(t: Token): boolean {
  const word = lower(t);
  return isCommonWord(word) || LEADER_TITLES.has(word) || OTHER_TITLES.has(word);
}

/** A noun for a kind of person in compromise's lexicon ("minister", "chief", "spokesman"): a word class, not a word. */
function isActor(t: Token): boolean {
  return wordTags(lower(t)).includes('Actor');
}

/**
 * The features of one person from its mentions: "w:" lower-case words within WINDOW tokens, "p:" the
 * lower-case word right before a mention, "a:" the first lower-case words of an apposition after it
 * (", the ... of"), "t:" a capitalised title-like word right before a name (capitalised words count
 * only when they are common words or titles, lower-cased),
 * "role:" what the rules gave (none, a leader title, another title, an unknown description), and "c:"
 * word classes that reach beyond the words seen in training: a person noun near the name, before it,
 * in an apposition, or followed there by a place or organisation.
 */
export function personFeatures(
  text: string,
  tokens: readonly Token[],
  mentions: readonly PersonMention[],
  role: string | null,
): Set<string> {
  const features = new Set<string>();
  const roleWord = role?.trim().split(/\s+/).pop()?.toLowerCase();
  features.add(
    !roleWord
      ? 'role:none'
      : LEADER_TITLES.has(roleWord)
        ? 'role:leader-title'
        : OTHER_TITLES.has(roleWord)
          ? 'role:other-title'
          : 'role:described',
  );
  if (mentions.length >= 3) features.add('many-mentions');
  // Tokens are sorted by start: find each mention's first and last token by binary search.
  const indexAt = (offset: number) => {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  for (const mention of mentions) {
    const first = indexAt(mention.start);
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1].start < mention.end) last++;
    for (let i = Math.max(0, first - WINDOW); i <= Math.min(tokens.length - 1, last + WINDOW); i++) {
      if (i >= first && i <= last) continue;
      const t = tokens[i];
      if (t.kind === 'word' && (!isCapitalized(t) || titleLike(t))) features.add(`w:${lower(t)}`);
      if (t.kind === 'word' && isActor(t)) features.add('c:actor-near');
    }
    const before = tokens[first - 1];
    if (before?.kind === 'word') {
      if (!isCapitalized(before)) features.add(`p:${lower(before)}`);
      else if (titleLike(before)) features.add(`t:${lower(before)}`);
      if (isActor(before)) {
        features.add('c:actor-before');
        // "Freedonia's finance chief Ann Lee": an office held in a named place or body.
        for (let i = first - 2; i >= Math.max(0, first - 4); i--)
          if (/['’]s$/u.test(tokens[i].text) && isPlaceOrOrganization(withoutPossessive(tokens[i].text)))
            features.add('c:place-owns-actor');
      }
    }
    if (tokens[last + 1]?.text === ',') {
      let n = 0;
      let actor = false;
      for (let i = last + 2; i < tokens.length && n < 8; i++) {
        const t = tokens[i];
        if (t.kind !== 'word') break;
        if (n < 4) {
          if (!isCapitalized(t) || titleLike(t)) features.add(`a:${lower(t)}`);
          else features.add('a:CAP');
        }
        if (isActor(t)) {
          actor = true;
          features.add('c:apposition-actor');
        } else if (actor && isCapitalized(t) && isPlaceOrOrganization(withoutPossessive(t.text)))
          // ", the chief of the Freedonian navy": a person noun, then a place or organisation.
          features.add('c:apposition-actor-place');
        n++;
      }
    }
  }
  return features;
}

/** What finds the persons: Newslens's `analyze`, or the same function of an older version of the rules. */
export type PersonFinder = (text: string) => { leaders: PersonMention[]; people: PersonMention[] };

/** Every person the analysis finds in a document, grouped by name, with its features and gold label. */
export function personCases(doc: GoldDocument, find: PersonFinder = analyze): PersonCase[] {
  const { leaders, people } = find(doc.text);
  const tokens = tokenize(doc.text);
  const groups = new Map<
    string,
    { leader: boolean; mentions: PersonMention[]; leaderMentions: PersonMention[] }
  >();
  for (const [list, leader] of [
    [leaders, true],
    [people, false],
  ] as const)
    for (const m of list) {
      const g = groups.get(m.name) ?? { leader, mentions: [], leaderMentions: [] };
      g.mentions.push(m);
      if (leader) g.leaderMentions.push(m);
      groups.set(m.name, g);
    }
  return [...groups].map(([name, g]) => {
    const role = g.mentions.find((m) => m.role)?.role ?? null;
    return {
      doc: doc.id,
      name,
      ruleLeader: g.leader,
      role,
      mentions: g.mentions,
      ruleLeaderMentions: g.leaderMentions,
      features: personFeatures(doc.text, tokens, g.mentions, role),
      goldLeader: g.mentions.some((m) => doc.goldLeaders.some((s) => overlaps(m, s))),
    };
  });
}
