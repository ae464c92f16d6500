/** Words that name offices and descriptions of people, and whether they make a person a leader. */

/**
 * Offices that make a person a leader: head of state or government, monarch, supreme or religious
 * leader, minister or secretary, party leader, governor, mayor or regional head, head of an
 * international body, military commander, head of a major company. Lower case; hyphenated forms
 * are matched whole ("secretary-general") and multi-word titles by their last word ("prime minister").
 */
// prettier-ignore
export const LEADER_TITLES = new Set([
  'president', 'president-elect', 'vice-president', 'premier', 'chancellor', 'king', 'queen', 'monarch',
  'emperor', 'empress', 'emir', 'amir', 'sultan', 'tsar', 'shah', 'leader', 'ayatollah', 'pope', 'patriarch',
  'archbishop', 'mufti', 'minister', 'ministers', 'secretary', 'secretary-general', 'director-general',
  'governor', 'mayor', 'chairman', 'chairwoman', 'chairperson', 'ceo', 'head', 'chief', 'commander',
  'commander-in-chief', 'general', 'admiral', 'marshal', 'brigadier', 'speaker', 'taoiseach', 'dictator',
  'ruler', 'presidents', 'leaders', 'prime-minister', 'gen', 'adm', 'gov', 'pres', 'lt-gen', 'governor-general',
  'attorney-general', 'crown-prince', 'prophet', 'chairmen', 'governors', 'mayors', 'chair', 'vice-chair',
  'counterpart', 'counterparts', 'pm', 'boss',
]);

/** Descriptions of named people who are not leaders as the guidelines define them. */
// prettier-ignore
export const OTHER_TITLES = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials', 'analyst', 'journalist', 'reporter',
  'correspondent', 'editor', 'professor', 'prof', 'researcher', 'expert', 'economist', 'lawmaker', 'legislator',
  'senator', 'sen', 'congressman', 'congresswoman', 'representative', 'rep', 'mp', 'member', 'ambassador',
  'envoy', 'adviser', 'advisor', 'aide', 'lawyer', 'attorney', 'judge', 'justice', 'prosecutor', 'activist',
  'resident', 'witness', 'survivor', 'victim', 'doctor', 'dr', 'student', 'director', 'fellow', 'scholar',
  'diplomat', 'negotiator', 'commentator', 'author', 'writer', 'historian', 'scientist', 'officer', 'soldier',
  'colonel', 'col', 'captain', 'capt', 'lieutenant', 'lt', 'sergeant', 'sgt', 'major', 'maj', 'coach', 'player',
  'actor', 'actress', 'singer', 'candidate', 'dissident', 'blogger', 'photographer', 'farmer', 'manager',
  'consultant', 'strategist', 'pollster', 'lobbyist', 'campaigner', 'owner', 'investor', 'banker',
  'teacher', 'nurse', 'worker', 'pilot', 'driver', 'deputy', 'counselor', 'counsellor', 'inspector',
  'detective', 'commissioner', 'researcher', 'vice-chairman', 'protester', 'father', 'mother', 'son',
  'daughter', 'wife', 'husband', 'brother', 'sister', 'executive', 'artist', 'musician', 'economist',
  'physician', 'surgeon', 'priest', 'cleric', 'rabbi', 'imam', 'founder', 'co-founder', 'cofounder', 'founders',
  'co-founders', 'lady', 'spouse', 'partner', 'relative', 'cousin', 'niece', 'nephew', 'uncle', 'aunt',
  'grandson', 'granddaughter', 'widow', 'widower',
]);

/** Forms of address dropped from the name ("Mr Erdogan" gives "Erdogan"); they state no office. */
// prettier-ignore
export const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'sir', 'dame', 'lord', 'lady', 'sheikh', 'sheik', 'hajji', 'rev', 'reverend',
  'monsieur', 'madame', 'herr', 'frau', 'señor', 'señora', 'dom', 'don', 'rt', 'hon', 'honourable', 'honorable',
]);

/** Short forms written with a dot ("Mr.", "Gen."), so the dot stays inside the name phrase. */
// prettier-ignore
export const DOTTED_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'gov', 'sen', 'rep', 'pres', 'prof',
  'rev', 'st', 'jr', 'sr', 'rt', 'hon',
]);

/** Lower-case words that belong to a role before its title ("former", "foreign" in "foreign minister"). */
// prettier-ignore
export const ROLE_MODIFIERS = new Set([
  'former', 'ex', 'late', 'then', 'acting', 'interim', 'outgoing', 'incoming', 'deputy', 'vice', 'prime',
  'foreign', 'defence', 'defense', 'finance', 'interior', 'supreme', 'first', 'chief', 'executive', 'senior',
  'grand', 'crown', 'opposition', 'party', 'majority', 'minority', 'regional', 'provincial', 'state', 'federal',
  'military', 'army', 'navy', 'top', 'economy', 'trade', 'energy', 'justice', 'health', 'education', 'home',
  'agriculture', 'environment', 'transport', 'security', 'national', 'local', 'government', 'company',
  'kremlin', 'presidential', 'general', 'attorney', 'joint', 'staff', 'cabinet', 'press', 'communications',
  'white', 'house', 'rebel', 'militia', 'police', 'union', 'communist', 'spiritual', 'religious', 'de', 'facto',
  'new', 'current',
]);

/**
 * Words that name a cabinet portfolio or what a government office is over, lower case: "Minister of
 * Health", "Secretary for Tourism and Culture", "Leader of the Opposition", "Premier of the Virgin
 * Islands" is read through its place instead. The lexicon knows few of them as words.
 */
// prettier-ignore
export const PORTFOLIOS = new Set([
  'state', 'defence', 'defense', 'finance', 'health', 'education', 'justice', 'interior', 'labour', 'labor',
  'agriculture', 'energy', 'environment', 'transport', 'transportation', 'trade', 'commerce', 'industry',
  'foreign', 'home', 'housing', 'culture', 'tourism', 'economy', 'security', 'immigration', 'war', 'national',
  'public', 'economic', 'information', 'communications', 'fisheries', 'mines', 'planning', 'infrastructure',
  'works', 'youth', 'sport', 'sports', 'women', 'science', 'technology', 'water', 'lands', 'affairs',
  'development', 'opposition', 'treasury', 'exchequer', 'internal', 'external', 'international', 'legal',
  'social', 'welfare', 'family', 'families', 'children', 'gender', 'rural', 'urban', 'local', 'government',
  'regional', 'heritage', 'arts', 'aviation', 'maritime', 'petroleum', 'mining', 'forestry', 'natural',
  'resources', 'climate', 'change', 'disaster', 'management', 'emergency', 'employment', 'human',
  'digital', 'innovation', 'investment', 'utilities', 'land', 'policing', 'veterans', 'homeland', 'cabinet',
  'office', 'relations', 'services', 'protection', 'enterprise', 'small', 'business', 'food',
  'consumer', 'budget', 'revenue', 'taxation', 'wellness', 'care', 'medical', 'higher', 'training',
  'skills', 'tertiary', 'religious', 'diaspora', 'cooperation', 'integration', 'reconstruction', 'ports',
  'roads', 'highways', 'telecommunications', 'broadcasting', 'media', 'citizenship',
]);

/** Words that join portfolio words within one office: "Minister of Tourism and Culture", "of the Interior". */
export const PORTFOLIO_LINKS = new Set(['and', '&', 'the']);

/** Words at the start of a role after a name ("Erdogan, Turkey's president", "X, the president of ..."). */
// prettier-ignore
export const APPOSITION_OPENERS = new Set([
  'the', 'a', 'an', 'its', 'his', 'her', 'their', 'former', 'then', 'now', 'acting',
]);

/** Words that name organisations or places, never a person ("White House", "Security Council"). */
// prettier-ignore
export const NON_PERSON_WORDS = new Set([
  'house', 'ministry', 'office', 'council', 'party', 'forces', 'army', 'agency', 'university', 'times', 'news',
  'organization', 'organisation', 'union', 'bank', 'company', 'inc', 'corp', 'ltd', 'group', 'committee',
  'court', 'government', 'staff', 'department', 'administration', 'commission', 'parliament', 'assembly',
  'senate', 'congress', 'republic', 'kingdom', 'states', 'nations', 'sea', 'ocean', 'river', 'mountains',
  'street', 'province', 'region', 'city', 'county', 'district', 'airport', 'station', 'institute', 'foundation',
  'association', 'network', 'press', 'post', 'journal', 'television', 'radio', 'guard', 'navy', 'police',
  'service', 'services', 'centre', 'center', 'museum', 'school', 'college', 'hospital', 'church', 'mosque',
  'square', 'palace', 'embassy', 'summit', 'treaty', 'alliance', 'coalition', 'movement', 'front', 'brigade',
  'battalion', 'fund', 'exchange', 'reserve', 'island', 'islands', 'peninsula', 'valley', 'desert', 'gulf',
  'bay', 'strait', 'lake', 'coast', 'war', 'cup', 'championship', 'league', 'award', 'prize', 'airlines',
  'airways', 'motors', 'holdings',
  // Firms, venues and places named by what they are: "Alden Capital", "Sierra Nevada Corporation", "the
  // Cynthia Woods Mitchell Pavilion", "Sioux Falls".
  'capital', 'partners', 'ventures', 'investments', 'securities', 'corporation', 'llc', 'plc', 'media', 'studios',
  'technologies', 'systems', 'robotics', 'pavilion', 'arena', 'stadium', 'theatre', 'theater', 'amphitheatre',
  'amphitheater', 'falls', 'springs', 'heights', 'hills', 'beach', 'creek', 'harbor', 'harbour', 'canyon',
]);

/** Whether a title word (lower case, without a final dot) names a leader, another role, or neither. */
export function titleKind(word: string): 'leader' | 'other' | undefined {
  // "Senator-turned-envoy": the office held now is the one after "turned".
  const w = word
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^.*-turned-/, '')
    // "Ex-president", "then-President": the office held before.
    .replace(/^(?:ex|then|former)-/, '')
    // "Mayor-elect", "Premier-designate": elected or named to the office.
    .replace(/-(?:elect|designate)$/, '');
  if (LEADER_TITLES.has(w)) return 'leader';
  if (OTHER_TITLES.has(w)) return 'other';
  // "co-CEO", "co-chair": one of two holding the office holds it.
  if (w.startsWith('co-') && w.length > 3) return titleKind(w.slice(3));
  return undefined;
}
