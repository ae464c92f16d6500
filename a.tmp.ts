import { analyze } from './analysis';
for (const t of [
  'He made 1 save. Wilson 1 tackle, 4 assists (5 combined). He had 22 tackle attempts.',
  'Jones had 1 tackle and 2 sacks.',
  'The 2 join forces today. 3 say yes. Only 1 remain.',
  'It costs 1 dollar. The score was 1 to 0.',
]) { const r = analyze(t); console.log(t, '=>', r.claims.map((c) => c.text).join(' | ')); }
