/**
 * The publication date of a page, which the extractor needs to give events their year
 * (a page says 10月29日, not 2025年10月29日).
 */

/** `YYYY-MM-DD` when the parts form a real calendar date in a plausible range, else undefined. */
function isoDate(year: string, month: string, day: string): string | undefined {
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  if (!Number.isInteger(y) || y < 1949 || y > 2100 || m < 1 || m > 12 || d < 1) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Date shapes tried in order; digits must not run on either side, so ids like `120251031` do not match. */
const PATTERNS: readonly RegExp[] = [
  // 2025/10/31/, 2025-10-31, 2025_10_31, 2025.10.31
  /(?<![0-9])(\d{4})[/_.-](\d{1,2})[/_.-](\d{1,2})(?![0-9])/,
  // 2025年10月31日
  /(?<![0-9])(\d{4})年(\d{1,2})月(\d{1,2})日/,
  // 20251031-page.txt
  /(?<![0-9])(\d{4})(\d{2})(\d{2})(?![0-9])/,
];

/**
 * Finds a date in free text such as an object key or a metadata value; the first valid date wins.
 *
 * @example
 * dateInText('reports/2025/10/31/page-1.txt') // '2025-10-31'
 * dateInText('20251031-page.txt')              // '2025-10-31'
 * dateInText('page-1.txt')                     // undefined
 */
export function dateInText(text: string): string | undefined {
  for (const pattern of PATTERNS) {
    const global = new RegExp(pattern.source, 'g');
    for (const match of text.matchAll(global)) {
      const [, y, m, d] = match;
      if (y === undefined || m === undefined || d === undefined) continue;
      const date = isoDate(y, m, d);
      if (date) return date;
    }
  }
  return undefined;
}

/**
 * The publication date of an object: the `x-amz-meta-published` metadata (`Metadata.published`
 * in the SDK) when it holds a valid date, else a date in the key, else undefined.
 *
 * @example
 * publishedDateOf('2025/10/31/page.txt', { published: '2025-11-01' }) // '2025-11-01'
 * publishedDateOf('2025/10/31/page.txt')                              // '2025-10-31'
 */
export function publishedDateOf(key: string, metadata: Record<string, string> | undefined = {}): string | undefined {
  const declared = metadata.published ?? metadata.Published;
  return (declared ? dateInText(declared.trim()) : undefined) ?? dateInText(key);
}
