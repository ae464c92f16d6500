import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';

/** A file the analyser cannot take, with a one-line reason that names it. */
export class InputError extends Error {}

/** Reads a file as UTF-8 text; a missing, unreadable or binary file is an InputError naming it. */
export function readTextFile(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : `cannot read (${code ?? error})`;
    throw new InputError(`${path}: ${reason}`);
  }
  if (bytes.subarray(0, 8192).includes(0)) throw new InputError(`${path}: binary file, not text`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${path}: not valid UTF-8 text`);
  }
}

/**
 * happy-dom reads a <style> inside an inline <svg> as raw text to the end of the document, so the
 * page after it is lost (in a browser it is there). The styles hold no text: dropping them lets
 * node see the page a browser sees.
 */
function withoutSvgStyles(html: string): string {
  return html.replace(/<svg\b[\s\S]*?<\/svg>/gi, (svg) => svg.replace(/<style\b[\s\S]*?<\/style>/gi, ''));
}

/** Parses HTML into a Document in node, with scripts, styles and network loads switched off. */
export function parseHtml(
  html: string,
  url = 'https://localhost/',
): { document: Document; close: () => Promise<void> } {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  });
  const document = new window.DOMParser().parseFromString(
    withoutSvgStyles(html),
    'text/html',
  ) as unknown as Document;
  return { document, close: () => window.happyDOM.close() };
}
