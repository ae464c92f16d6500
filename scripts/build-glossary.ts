/**
 * `npm run glossary`: builds assets/glossary.json from the source texts in assets/sources/ with the
 * analysis core. `npm run build` runs it first, so adding a source and rebuilding extends the glossary;
 * tests/glossary.test.ts fails when the committed file is stale.
 */
import { writeFileSync } from 'node:fs';
import { buildGlossary } from '../analysis/glossary';
import { GLOSSARY_FILE, readSources, serializeGlossary } from './lib/sources';

const glossary = buildGlossary(readSources());
writeFileSync(GLOSSARY_FILE, serializeGlossary(glossary));
console.log(
  `${GLOSSARY_FILE}: ${glossary.sources.length} sources, ${glossary.leaders.length} leaders, ` +
    `${glossary.claims.length} figures, ${glossary.entities.length} organisations and places`,
);
