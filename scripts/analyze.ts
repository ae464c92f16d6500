/**
 * `npm run -s analyze -- [--json] [--url URL] FILE...`: runs the analysis on text and HTML files.
 * A .txt file is analysed as it is; an .html file goes through the same text extraction the
 * content script uses, on a DOM built in node. `--url` gives detection the page's address, as the
 * browser does (a saved page does not carry it). A file that cannot be read gets a one-line error;
 * the others are still analysed and the exit status is 1 at the end.
 */
import { analyze, type Analysis } from '../analysis';
import { readPageText } from '../dom/page-text';
import { InputError, parseHtml, readTextFile } from './lib/read-input';
import { summary } from './lib/summary';

interface FileResult extends Analysis {
  file: string;
  article: { isNews: boolean; score: number } | null;
  text?: string;
}

function analyzeFile(file: string, url: string | undefined): FileResult {
  const content = readTextFile(file);
  if (!/\.html?$/i.test(file)) return { file, article: null, ...analyze(content) };
  const { document, close } = parseHtml(content, url);
  try {
    const { article, index } = readPageText(document, { url });
    return {
      file,
      article: { isNews: article.isNews, score: article.score },
      text: index.text,
      ...analyze(index.text),
    };
  } finally {
    close();
  }
}

const args = process.argv.slice(2);
const json = args.includes('--json');
const urlAt = args.indexOf('--url');
const url = urlAt >= 0 ? args[urlAt + 1] : undefined;
const files = args.filter((a, i) => a !== '--json' && i !== urlAt && i !== urlAt + 1);
const usage = 'usage: npm run -s analyze -- [--json] [--url URL] FILE...   (FILE is .txt or .html)';
if (urlAt >= 0 && !(url && URL.canParse(url))) {
  console.error(`error: --url needs an absolute address (https://...)\n${usage}`);
  process.exit(2);
}
if (files.length === 0) {
  console.error(usage);
  process.exit(2);
}
let failed = false;
for (const file of files) {
  try {
    const result = analyzeFile(file, url);
    console.log(json ? JSON.stringify(result) : summary(result.file, result, result.article));
  } catch (error) {
    failed = true;
    console.error(
      error instanceof InputError ? `error: ${error.message}` : `error: ${file}: ${String(error)}`,
    );
  }
}
process.exitCode = failed ? 1 : 0;
