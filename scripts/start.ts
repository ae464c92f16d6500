/**
 * `npm start`: runs the product. The extension's page script and popup are still to come, so for
 * now this is the analyser on the bundled source texts: leaders, people and numeric claims of each.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../analysis';
import { parseSourceText, sourceLabel } from '../utils/source-text';
import { summary } from './lib/summary';

const dir = 'assets/sources';
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const source = parseSourceText(readFileSync(join(dir, file), 'utf8'), file);
  const dated = source.date && (source.outlet || source.agency) ? `, ${source.date}` : '';
  const title = `${source.headline ?? file} (${sourceLabel(source)}${dated})`;
  console.log(summary(title, analyze(source.text)) + '\n');
}
