/**
 * `npm run lint:firefox [-- DIR]`: Mozilla's add-on linter (the one addons.mozilla.org runs, through
 * web-ext) on the built Firefox extension, `.output/firefox-mv2` unless DIR is given. Prints every
 * error, warning and notice, and exits 1 on any error or warning but one: the innerHTML assignment
 * inside Preact's own renderer, which the linter flags in any Preact build (see `judge`).
 * Exits 2 when there is no built extension to lint.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
// @ts-expect-error web-ext ships no type declarations; the interface below names what is used.
import untypedWebExt from 'web-ext';

/** One finding of the add-on linter, as its JSON output gives it. */
export interface LinterMessage {
  _type: 'error' | 'warning' | 'notice';
  code: string;
  message: string;
  description?: string | string[];
  /** Path inside the extension, with forward slashes. */
  file?: string;
  /** 1-based. */
  line?: number;
  /** 0-based, pointing at the start of the flagged expression. */
  column?: number;
}

/** What the add-on linter reports on one extension. */
export interface LinterReport {
  errors: LinterMessage[];
  warnings: LinterMessage[];
  notices: LinterMessage[];
}

/** The findings sorted into what fails the check, what is allowed (and why), and what is only noted. */
export interface LintVerdict {
  failures: LinterMessage[];
  allowed: { finding: LinterMessage; why: string }[];
  notices: LinterMessage[];
  /** Why a finding that looks like the known exception was not allowed, when that happened. */
  refusals: string[];
}

/** The default build directory, relative to the project root. */
export const DEFAULT_FIREFOX_DIR = '.output/firefox-mv2';

/**
 * How many innerHTML assignments Preact's renderer has: one, where it applies `dangerouslySetInnerHTML`
 * (`dom.innerHTML = newHtml.__html` in preact/src/diff/index.js). Its other innerHTML write clears
 * the element with a literal empty string, which the linter does not flag.
 */
export const PREACT_INNER_HTML_ASSIGNMENTS = 1;

const PREACT_WHY =
  "Preact's renderer assigns innerHTML only to apply a dangerouslySetInnerHTML prop; the linter flags it in " +
  'any Preact build, and eslint.config.js forbids dangerouslySetInnerHTML in this code, so it is never reached.';

// Preact's assignment as it reads minified or not: `n.innerHTML=f.__html` or `dom.innerHTML = newHtml.__html`.
const PREACT_ASSIGNMENT = /^[\w$]+\.innerHTML\s*=\s*[\w$]+\.__html\b/;

/** The one call of web-ext's programmatic API used here. */
interface WebExt {
  cmd: {
    lint(
      params: { sourceDir: string; output: 'none' },
      options: { shouldExitProgram: boolean },
    ): Promise<LinterReport>;
  };
}
const webExt = untypedWebExt as WebExt;

/** Runs the add-on linter on an unpacked extension directory, printing nothing. */
export async function runAddonsLinter(sourceDir: string): Promise<LinterReport> {
  const report = await webExt.cmd.lint({ sourceDir, output: 'none' }, { shouldExitProgram: false });
  return { errors: report.errors ?? [], warnings: report.warnings ?? [], notices: report.notices ?? [] };
}

/**
 * Whether a finding is the innerHTML assignment in Preact's renderer: the linter's unsafe-assignment
 * code for innerHTML, in a shared chunk (never the content script or the background, which have no
 * business containing Preact), where the flagged code assigns some `x.__html` and the file handles a
 * `dangerouslySetInnerHTML` prop. Returns why not, or null when it is.
 */
export function whyNotPreact(finding: LinterMessage, sourceDir: string): string | null {
  if (finding._type !== 'warning' || finding.code !== 'UNSAFE_VAR_ASSIGNMENT') return 'another rule';
  if (!/innerHTML/.test(finding.message)) return 'not an innerHTML assignment';
  const file = finding.file ?? '';
  if (!/^chunks\/[\w.-]+\.js$/.test(file)) return `in ${file || 'no file'}, not in a chunk under chunks/`;
  if (finding.line === undefined || finding.column === undefined) return 'no position given';
  let source: string;
  try {
    source = readFileSync(join(sourceDir, file), 'utf8');
  } catch {
    return `${file} cannot be read`;
  }
  const line = source.split('\n')[finding.line - 1] ?? '';
  // The column points at the assigned member expression; one character either way covers a 1-based reading.
  const flagged = line.slice(Math.max(0, finding.column - 1), finding.column + 120);
  const at = flagged.search(/[\w$]+\.innerHTML/);
  if (at < 0 || at > 2 || !PREACT_ASSIGNMENT.test(flagged.slice(at))) {
    return `the flagged code is not Preact's \`x.innerHTML = y.__html\`: ${flagged.slice(0, 60)}`;
  }
  if (!source.includes('dangerouslySetInnerHTML')) return `${file} has no dangerouslySetInnerHTML handling`;
  return null;
}

/**
 * Sorts a report: every error and warning fails except Preact's innerHTML assignment, and that only
 * when it shows up exactly {@link PREACT_INNER_HTML_ASSIGNMENTS} time(s); another count means a second
 * copy of Preact or code that merely looks like it, and then none is allowed.
 */
export function judge(report: LinterReport, sourceDir: string): LintVerdict {
  const refusals: string[] = [];
  const preact = report.warnings.filter((finding) => whyNotPreact(finding, sourceDir) === null);
  let allowed: LintVerdict['allowed'] = [];
  if (preact.length === PREACT_INNER_HTML_ASSIGNMENTS) {
    allowed = preact.map((finding) => ({ finding, why: PREACT_WHY }));
  } else if (preact.length > 0) {
    refusals.push(
      `found ${preact.length} Preact-shaped innerHTML assignments where Preact has ` +
        `${PREACT_INNER_HTML_ASSIGNMENTS}: none is allowed until the count is understood`,
    );
  }
  const allowedSet = new Set(allowed.map(({ finding }) => finding));
  for (const finding of report.warnings) {
    if (allowedSet.has(finding) || finding.code !== 'UNSAFE_VAR_ASSIGNMENT') continue;
    const why = whyNotPreact(finding, sourceDir);
    if (why) refusals.push(`${where(finding)}: not the Preact exception (${why})`);
  }
  return {
    failures: [...report.errors, ...report.warnings.filter((finding) => !allowedSet.has(finding))],
    allowed,
    notices: report.notices,
    refusals,
  };
}

function where(finding: LinterMessage): string {
  if (!finding.file) return '(extension)';
  return finding.line === undefined ? finding.file : `${finding.file}:${finding.line}:${finding.column ?? 0}`;
}

function formatFinding(finding: LinterMessage): string {
  const description = Array.isArray(finding.description)
    ? finding.description.join(' ')
    : (finding.description ?? '');
  const head = `  ${finding._type.padEnd(7)} ${finding.code}  ${where(finding)}\n          ${finding.message}`;
  return description ? `${head}\n          ${description.replace(/\s+/g, ' ')}` : head;
}

async function main(): Promise<number> {
  const sourceDir = resolve(process.argv[2] ?? DEFAULT_FIREFOX_DIR);
  if (!existsSync(join(sourceDir, 'manifest.json'))) {
    console.error(`No built Firefox extension in ${sourceDir}: run \`npm run build\` first.`);
    return 2;
  }
  console.log(`Mozilla add-on linter on ${sourceDir}`);
  const report = await runAddonsLinter(sourceDir);
  const verdict = judge(report, sourceDir);
  for (const finding of [...verdict.failures, ...verdict.notices]) console.log(formatFinding(finding));
  for (const { finding, why } of verdict.allowed) console.log(`${formatFinding(finding)}\n  allowed: ${why}`);
  for (const refusal of verdict.refusals) console.log(`  refused as an exception: ${refusal}`);
  console.log(
    `${report.errors.length} error(s), ${report.warnings.length} warning(s) of which ` +
      `${verdict.allowed.length} allowed, ${report.notices.length} notice(s).`,
  );
  if (verdict.failures.length > 0) {
    console.log(`FAIL: ${verdict.failures.length} error(s) or warning(s) to fix.`);
    return 1;
  }
  console.log('OK: no errors, no warnings beyond the known Preact one.');
  return 0;
}

// Run as a script, not when a test imports the functions above.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main();
}
