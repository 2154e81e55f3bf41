import type { Verdict } from './budgets.ts';

/** One line of the printed table. */
export interface Row {
  section: string;
  metric: string;
  value: string;
  /** The budget as text, e.g. `≤ 300 ms`; empty when the figure has none. */
  budget?: string;
  verdict?: Verdict;
}

/**
 * Formats a number for the table: thousands separators, `digits` decimals (default: 0 at or
 * above 100, else 1), `–` for missing values.
 *
 * @example
 * fmt(1234567) // → '1,234,567'
 * fmt(2.71)    // → '2.7'
 * fmt(null)    // → '–'
 */
export function fmt(value: number | null | undefined, digits?: number): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const d = digits ?? (Math.abs(value) >= 100 ? 0 : 1);
  return value.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
}

/** Bytes as `1,234 kB (1,263,616 B)`. */
export function fmtBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined) return '–';
  return `${fmt(bytes / 1000, 0)} kB (${fmt(bytes, 0)} B)`;
}

/** Display width: CJK and other wide characters count two columns. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch)
      ? 2
      : 1;
  return width;
}

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/**
 * Renders rows as a Markdown-compatible pipe table (readable in a terminal and pasteable into
 * BENCHMARKS.md) with columns section, metric, value, budget, status.
 *
 * @example
 * formatTable([{ section: 'api', metric: 'rps', value: '1,200' }])
 * // | section | metric | value | budget | status |
 * // | ------- | ------ | ----- | ------ | ------ |
 * // | api     | rps    | 1,200 |        |        |
 */
export function formatTable(rows: readonly Row[]): string {
  const header = ['section', 'metric', 'value', 'budget', 'status'];
  const cells = rows.map((r) => [r.section, r.metric, r.value, r.budget ?? '', r.verdict ?? '']);
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...cells.map((c) => displayWidth(c[i] ?? ''))));
  const line = (cols: string[]) => `| ${cols.map((c, i) => pad(c, widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}
