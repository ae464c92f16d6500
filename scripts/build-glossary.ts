/**
 * `npm run glossary`: builds assets/glossary.json from the source texts in assets/sources/ with the
 * analysis core, and writes the same sources as a source pack (assets/sources.pack.json). `npm run build` runs it first, so adding a source and rebuilding extends the glossary;
 * tests/glossary.test.ts fails when the committed file is stale.
 */
import { writeFileSync } from 'node:fs';
import { buildGlossary } from '../analysis/glossary';
import { serializePack } from '../analysis/source-pack';
import { bundledPack, GLOSSARY_FILE, PACK_FILE, readSources, serializeGlossary } from './lib/sources';

const glossary = buildGlossary(readSources());
writeFileSync(GLOSSARY_FILE, serializeGlossary(glossary));
// The same sources as a source pack: what the reader's own exports look like, importable as they are.
writeFileSync(PACK_FILE, serializePack(bundledPack()));
console.log(
  `${GLOSSARY_FILE}: ${glossary.sources.length} sources, ${glossary.leaders.length} leaders, ` +
    `${glossary.claims.length} figures, ${glossary.entities.length} organisations and places; ${PACK_FILE}`,
);
