/** True for characters a terminal draws two columns wide (CJK, full-width forms, Hangul). */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

/**
 * How many terminal columns a string takes (Chinese characters take two).
 *
 * @example
 * displayWidth('佛山ab') // → 6
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += isWide(char.codePointAt(0) ?? 0) ? 2 : 1;
  return width;
}

/** Cuts a string to at most `max` columns, ending with `…` when cut. */
export function truncate(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  let out = '';
  let width = 0;
  for (const char of text) {
    const w = displayWidth(char);
    if (width + w > max - 1) break;
    out += char;
    width += w;
  }
  return `${out}…`;
}

function pad(text: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}

/** Options of {@link formatTable}. */
export interface TableOptions {
  /** Columns aligned right (numbers). */
  alignRight?: readonly number[];
  /** Widest a column may get before its cells are cut with `…` (default 60). */
  maxWidth?: number;
}

/**
 * Formats rows as a plain-text table with a header and a rule, aligned for Chinese text.
 *
 * @example
 * formatTable(['key', 'status'], [['a.txt', 'DONE']])
 * // → 'key    status\n-----  ------\na.txt  DONE'
 */
export function formatTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  options: TableOptions = {},
): string {
  const max = options.maxWidth ?? 60;
  const cells = rows.map((row) => headers.map((_, i) => truncate(row[i] ?? '', max)));
  const widths = headers.map((header, i) =>
    Math.max(displayWidth(header), ...cells.map((row) => displayWidth(row[i] ?? ''))),
  );
  const right = new Set(options.alignRight ?? []);
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => pad(cell, widths[i] ?? 0, right.has(i)))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}
