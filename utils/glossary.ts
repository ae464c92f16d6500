import type { Glossary } from '@/analysis/glossary';
import glossaryJson from '@/assets/glossary.json';

/**
 * The glossary bundled with the extension, built from assets/sources/ by `npm run glossary` before every
 * build. Imported by the background (for page items) and the popup (for the glossary view) only.
 */
export const glossary = glossaryJson as Glossary;
