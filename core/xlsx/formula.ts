/**
 * Functions added after Excel 2007 are stored in the file with a prefix; without it LibreOffice and older Excel show
 * #NAME? (MACHINE-NOTES.md). Plans use the plain names, as Office.js does.
 */
const NEWER = ['RANK.EQ', 'RANK.AVG', 'STDEV.S', 'STDEV.P', 'TEXTJOIN', 'CONCAT', 'IFS', 'MAXIFS', 'MINIFS', 'SWITCH', 'XLOOKUP', 'CEILING.MATH', 'FLOOR.MATH', 'IFNA'];
const PATTERN = new RegExp(`(?<![A-Za-z0-9_.])(${NEWER.map((n) => n.replace('.', '\\.')).join('|')})\\(`, 'g');

/** Add `_xlfn.` to newer functions, leaving quoted text alone. */
export function toFileFormula(formula: string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(PATTERN, '_xlfn.$1(')))
    .join('');
}
