import { findPeople } from './analysis/people';
const texts = [
  'Jane Roe, chief executive of the company, said no. Roe left.',
  'Jane Roe, chief executive of energy giant Acme, said no. Roe left.',
  'Jane Roe, chief executive of oil producers, said no. Roe left.',
  'Jane Roe, chief executive officer of Acme, said no. Roe left.',
  'Jane Roe, president and chief executive of Acme Corp, said no. Roe left.',
  'Jane Roe, the secretary general of NATO, said no. Roe left.',
  'Jane Roe, chief executive of Research at Acme, said no. Roe left.',
  'Jane Roe, the company chief executive, said no. Roe left.',
  'Jane Roe, managing director of Acme, said no. Roe left.',
  'Jane Roe, chairman and chief executive of the bank, said no. Roe left.',
  'Jane Roe is the chief executive of RL, the Riverton advertising, public relations and branding firm.',
];
for (const t of texts) {
  const r = findPeople(t);
  console.log(
    JSON.stringify(r.leaders.map((m) => m.text + '|' + m.role)),
    JSON.stringify(r.people.map((m) => m.text + '|' + m.role)),
  );
}
