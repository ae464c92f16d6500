import { analyze } from './analysis';
for (const t of [
  'Rockledge (0-1): Blakely 15 points. Devoe 2 points. Baker 6 points. Brown 4 points.',
  'Palm Bay (1-0-2): Noah Jackson 1 goal, 1 assist. Sheldon Bryan 1 goal, 1 assist.',
  'He flew on a Boeing 737 jet to Formula 1 races.',
]) {
  const r = analyze(t);
  console.log(t, '=>', r.claims.map((c) => c.text).join(' | '));
}
