/** Units and counted nouns: how they are written, and one normal form for spellings of the same thing. */
import { lower, near, type Token } from './tokens';

const UNIT_FORMS: Record<string, string[]> = {
  t: ['tonne', 'tonnes', 'ton', 'tons', 'metric ton', 'metric tons', 't'],
  kg: ['kilogram', 'kilograms', 'kilogramme', 'kilogrammes', 'kilo', 'kilos', 'kg', 'kgs'],
  g: ['gram', 'grams', 'gramme', 'grammes', 'g'],
  lb: ['lb', 'lbs'],
  km: ['kilometre', 'kilometres', 'kilometer', 'kilometers', 'km', 'kms'],
  m: ['metre', 'metres', 'meter', 'meters'],
  cm: ['centimetre', 'centimetres', 'centimeter', 'centimeters', 'cm'],
  mm: ['millimetre', 'millimetres', 'millimeter', 'millimeters', 'mm'],
  mi: ['mile', 'miles', 'mi'],
  ft: ['foot', 'feet', 'ft'],
  'km/h': ['km/h', 'kph', 'kmh'],
  mph: ['mph'],
  l: ['litre', 'litres', 'liter', 'liters'],
  bbl: ['barrel', 'barrels', 'bbl'],
  '%': ['%', 'percent', 'per cent', 'pct'],
  pp: ['percentage point', 'percentage points'],
  '°C': ['°c', 'celsius'],
  '°F': ['°f', 'fahrenheit'],
  ha: ['hectare', 'hectares', 'ha'],
  acre: ['acre', 'acres'],
  TB: ['terabyte', 'terabytes', 'tb'],
  GB: ['gigabyte', 'gigabytes', 'gb'],
  MB: ['megabyte', 'megabytes', 'mb'],
  MW: ['megawatt', 'megawatts', 'mw'],
  GW: ['gigawatt', 'gigawatts', 'gw'],
  kWh: ['kilowatt-hour', 'kilowatt-hours', 'kwh'],
  kW: ['kilowatt', 'kilowatts', 'kw'],
  Nm: ['newton-metre', 'newton-metres', 'newton-meter', 'newton-meters', 'nm'],
  hp: ['horsepower', 'hp', 'bhp'],
  h: ['hour', 'hours', 'hr', 'hrs'],
  min: ['minute', 'minutes', 'mins'],
  s: ['second', 'seconds', 'secs'],
  d: ['day', 'days'],
  wk: ['week', 'weeks'],
  mo: ['month', 'months'],
  yr: ['year', 'years', 'yr', 'yrs'],
  USD: ['$', 'us$', 'usd', 'dollar', 'dollars'],
  CAD: ['c$', 'cad'],
  AUD: ['a$', 'aud'],
  EUR: ['€', 'eur', 'euro', 'euros'],
  GBP: ['£', 'gbp', 'sterling', 'pounds sterling'],
  JPY: ['¥', 'jpy', 'yen'],
  INR: ['₹', 'inr', 'rupee', 'rupees', 'rs'],
  RUB: ['₽', 'rub', 'rouble', 'roubles', 'ruble', 'rubles'],
  CNY: ['yuan', 'renminbi', 'cny'],
};

const NORMAL = new Map<string, string>();
for (const [normal, forms] of Object.entries(UNIT_FORMS)) for (const form of forms) NORMAL.set(form, normal);

/** True for a unit of measure or a currency ("t", "%", "USD"), false for a counted noun ("person"). */
export function isMeasureUnit(normalizedUnit: string): boolean {
  return Object.hasOwn(UNIT_FORMS, normalizedUnit);
}

/** Units written straight after digits ("5km", "40C" is left out: too often a name). */
export const ATTACHED_UNITS = new Set([
  'km',
  'kms',
  'kg',
  'kgs',
  'g',
  'lb',
  'lbs',
  'mi',
  'ft',
  'mph',
  'kph',
  'kmh',
  'cm',
  'mm',
  't',
  'mw',
  'gw',
  'kwh',
  'ha',
  'bbl',
  'hrs',
  'hr',
  'mins',
  'secs',
  'kb',
  'mb',
  'gb',
  'tb',
  'mhz',
  'ghz',
  'fps',
]);

/** Currency signs that stand before a number, with the country prefixes seen on them ("US$", "C$"). */
export const CURRENCY_SIGNS = new Set(['$', '€', '£', '¥', '₹', '₽']);
export const CURRENCY_PREFIXES = new Set(['US', 'C', 'A', 'HK', 'NZ', 'S', 'NT', 'R']);
/** Currencies written as a word or code before the amount: "Rs 300", "Rs. 300", "INR 5,000", "EUR 20". */
// prettier-ignore
export const CURRENCY_CODES = new Set([
  'Rs', 'INR', 'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'AUD', 'CAD', 'NZD', 'CHF', 'HKD', 'SGD', 'ZAR', 'NGN',
  'KES', 'Ksh', 'KSh', 'Tk', 'RM', 'Rp', 'PKR', 'BDT', 'LKR', 'AED', 'SAR', 'QAR', 'EGP', 'PHP', 'THB', 'KRW',
]);

const IRREGULAR_SINGULAR: Record<string, string> = {
  people: 'person',
  men: 'man',
  women: 'woman',
  children: 'child',
  feet: 'foot',
  teeth: 'tooth',
  mice: 'mouse',
  geese: 'goose',
  others: 'other',
  lives: 'life',
  wives: 'wife',
  knives: 'knife',
  leaves: 'leaf',
  halves: 'half',
  police: 'police',
  staff: 'staff',
  sheep: 'sheep',
  fish: 'fish',
  series: 'series',
  species: 'species',
  data: 'data',
  media: 'media',
  crises: 'crisis',
  analyses: 'analysis',
  personnel: 'personnel',
};

/** The singular of an English noun, by the common rules. */
export function singular(noun: string): string {
  const lower = noun.toLowerCase();
  if (Object.hasOwn(IRREGULAR_SINGULAR, lower)) return IRREGULAR_SINGULAR[lower];
  if (/[^aeiou]ies$/.test(lower)) return lower.slice(0, -3) + 'y';
  if (/(?:ss|x|ch|sh|zz)es$/.test(lower)) return lower.slice(0, -2);
  if (/[^su]s$/.test(lower)) return lower.slice(0, -1);
  return lower;
}

/** True when a noun looks plural ("missiles", "tonnes", "people"), by its ending or the irregular list. */
export function looksPlural(noun: string): boolean {
  const lower = noun.toLowerCase();
  return singular(lower) !== lower && lower !== 'series' && lower !== 'news';
}

/** The normal form of a unit or counted noun: a symbol for units and currencies, else the singular. */
export function normalizeUnit(unit: string): string {
  const lower = unit.toLowerCase().replace(/\s+/g, ' ');
  return NORMAL.get(lower) ?? singular(lower);
}

/**
 * After an amount with a currency sign (`sign`), a slash and a short unit joined on ("$0.06/kWh",
 * "$0.23/W"): the index of the unit's token, or undefined. Not "24/7" (no currency) nor "$3/4".
 */
export function perUnitAfter(tokens: Token[], slash: number, sign: Token | undefined): number | undefined {
  const [bar, per] = [tokens[slash], tokens[slash + 1]];
  if (!sign || !CURRENCY_SIGNS.has(sign.text) || bar?.text !== '/' || bar.end !== per?.start)
    return undefined;
  if (tokens[slash - 1].end !== bar.start || per.kind !== 'word' || !/^\p{L}{1,4}$/u.test(per.text))
    return undefined;
  return slash + 1;
}

/** A percent sign or word right after a figure that ends before token `after`: "%", "percent", "per cent". */
export function percentAfter(
  text: string,
  tokens: Token[],
  after: number,
): { unit: { text: string; end: number }; after: number } | undefined {
  const next = tokens[after];
  if (!next || !near(text, tokens[after - 1], next)) return undefined;
  const word = lower(next);
  if (next.text === '%' || word === 'percent' || word === 'pct')
    return { unit: { text: next.text, end: next.end }, after: after + 1 };
  if (word === 'per' && lower(tokens[after + 1]) === 'cent')
    return {
      unit: { text: text.slice(next.start, tokens[after + 1].end), end: tokens[after + 1].end },
      after: after + 2,
    };
  return undefined;
}
