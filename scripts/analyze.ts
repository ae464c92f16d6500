/**
 * `npm run -s analyze -- [--json] FILE...`: runs the analysis on text and HTML files.
 * A .txt file is analysed as it is; an .html file goes through the same text extraction the
 * content script uses, on a DOM built in node. A file that cannot be read gets a one-line error;
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

function analyzeFile(file: string): FileResult {
  const content = readTextFile(file);
  if (!/\.html?$/i.test(file)) return { file, article: null, ...analyze(content) };
  const { document, close } = parseHtml(content);
  try {
    const { article, index } = readPageText(document);
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
const files = args.filter((a) => a !== '--json');
if (files.length === 0) {
  console.error('usage: npm run -s analyze -- [--json] FILE...   (FILE is .txt or .html)');
  process.exit(2);
}
let failed = false;
for (const file of files) {
  try {
    const result = analyzeFile(file);
    console.log(json ? JSON.stringify(result) : summary(result.file, result, result.article));
  } catch (error) {
    failed = true;
    console.error(
      error instanceof InputError ? `error: ${error.message}` : `error: ${file}: ${String(error)}`,
    );
  }
}
process.exitCode = failed ? 1 : 0;
