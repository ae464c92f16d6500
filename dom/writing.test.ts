import { describe, expect, it } from 'vitest';
import { pageLanguage } from './writing';

// Made-up story text, long enough (50 words and more) for the text to overrule a declaration.
const ENGLISH =
  'The city council voted on Tuesday to close the old bridge for repairs, the mayor said. Work is to start in ' +
  'the spring and will take about a year, according to the council. Traffic will be sent over the northern ' +
  'crossing, which was widened last summer. Shop owners on both banks said they feared a loss of trade, and ' +
  'the chamber of commerce has asked for help with the cost of signs.';
const SPANISH =
  'El consejo de la ciudad votó el martes para cerrar el viejo puente por reparaciones, dijo el alcalde. Las ' +
  'obras empezarán en la primavera y durarán un año, según el consejo. El tráfico pasará por el cruce del ' +
  'norte, que se amplió el verano pasado. Los comerciantes de las dos orillas dijeron que temen perder ' +
  'clientes, y la cámara de comercio pidió ayuda con los costos de los letreros.';
const GERMAN =
  'Der Stadtrat hat am Dienstag beschlossen, die alte Brücke für Reparaturen zu sperren, sagte die ' +
  'Bürgermeisterin. Die Arbeiten sollen im Frühjahr beginnen und etwa ein Jahr dauern, teilte der Rat mit. ' +
  'Der Verkehr wird über die nördliche Querung geleitet, die im letzten Sommer verbreitert wurde. Die ' +
  'Geschäftsleute an beiden Ufern fürchten um ihre Kunden, und die Kammer bittet um Hilfe bei den Kosten.';
// A box score: names and numbers, hardly a function word in any language.
const BOX_SCORE = Array.from(
  { length: 12 },
  (_, i) => `Rockport (${i}-1): Avery ${i + 3} points. Marsh ${i + 1} goals, 2 assists. Okafor 4 saves.`,
).join('\n');

// A list of results on an English page: places whose names hold Spanish and French articles.
const SCOREBOARD = Array.from(
  { length: 8 },
  (_, i) =>
    `Los Angeles ${i + 2}, Las Vegas ${i}. El Paso ${i + 1}, Des Moines ${i + 3}. La Crosse ${i}, Le Mars ${i + 1}.`,
).join('\n');

describe('pageLanguage', () => {
  it('guesses from the text when the page declares nothing', () => {
    expect(pageLanguage('', ENGLISH)).toBe('en');
    expect(pageLanguage('', SPANISH)).toBe('');
  });

  it('trusts the declaration when the text agrees', () => {
    expect(pageLanguage('de', GERMAN)).toBe('de');
    expect(pageLanguage('es', SPANISH)).toBe('es');
    expect(pageLanguage('en', ENGLISH)).toBe('en');
  });

  it('takes a clearly English story for English whatever the page declares', () => {
    expect(pageLanguage('de', ENGLISH)).toBe('en');
    expect(pageLanguage('fr', ENGLISH)).toBe('en');
  });

  it('does not take a story in another language for English because the page says so', () => {
    expect(pageLanguage('en', SPANISH)).toBe('');
    expect(pageLanguage('en', GERMAN)).toBe('');
  });

  it('keeps the declaration when the text says little: a short sample, or a box score', () => {
    expect(pageLanguage('de', 'The council voted on Tuesday to close the bridge.')).toBe('de');
    expect(pageLanguage('en', BOX_SCORE)).toBe('en');
  });

  it("keeps an English page that lists places named with other languages' articles English", () => {
    expect(pageLanguage('en', SCOREBOARD)).toBe('en');
  });
});
