import { analyze } from './analysis';
for (const t of [
  'Plants of 30-600 MW will be built. Costs fell 30-60 per cent. It takes 5-10 years.',
  'The 5-1 Hawks won. A 10-2 jury verdict. It weighs 2-3 kg.',
  'Revenue rose $7.9 million dollars. They earned $2.53 per diluted share.',
]) {
  const r = analyze(t);
  console.log(t, '=>', r.claims.map((c) => c.text).join(' | '));
}
