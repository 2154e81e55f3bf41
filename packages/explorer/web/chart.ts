import { escapeHtml } from './html.ts';

/** One bar of a chart. */
export interface Bar {
  label: string;
  value: number;
  /** Shown at the bar's end instead of the number (e.g. 149.6万人). */
  text?: string;
  /** Where clicking the bar's label goes. */
  href?: string;
}

/** Options of {@link barChart}. */
export interface BarChartOptions {
  /** Read by screen readers. */
  title: string;
  /** Total width in px (default 640). */
  width?: number;
  /** Height of a row in px (default 24). */
  rowHeight?: number;
  /** Width kept for labels in px (default 200). */
  labelWidth?: number;
}

/**
 * Formats a number compactly in Chinese units: 1496000 → 149.6万, 230000000 → 2.3亿.
 *
 * @example
 * formatNumber(1496000) // → '149.6万'
 */
export function formatNumber(value: number): string {
  const abs = Math.abs(value);
  const trim = (n: number) => String(Number(n.toFixed(1)));
  if (abs >= 1e8) return `${trim(value / 1e8)}亿`;
  if (abs >= 1e4) return `${trim(value / 1e4)}万`;
  return trim(value);
}

/**
 * Draws a horizontal bar chart as an SVG string: one row per bar, labels on the left (links
 * when `href` is given), bar length proportional to the value (the largest fills the space),
 * the value at the end. Negative values draw as empty bars with their text.
 *
 * @example
 * barChart([{ label: '佛山市', value: 1496000, text: '149.6万人' }], { title: '技能人才' })
 * // → '<svg … role="img" aria-label="技能人才">…</svg>'
 */
export function barChart(bars: readonly Bar[], options: BarChartOptions): string {
  const width = options.width ?? 640;
  const row = options.rowHeight ?? 24;
  const labelWidth = options.labelWidth ?? 200;
  const valueWidth = 90;
  const span = Math.max(10, width - labelWidth - valueWidth);
  const max = Math.max(0, ...bars.map((b) => b.value));
  const height = bars.length * row + 4;
  const rows = bars.map((bar, i) => {
    const y = i * row + 2;
    const length = max > 0 && bar.value > 0 ? Math.max(2, (bar.value / max) * span) : 0;
    const label = escapeHtml(bar.label);
    const text = escapeHtml(bar.text ?? formatNumber(bar.value));
    const labelEl = `<text x="${labelWidth - 8}" y="${y + row / 2 + 4}" text-anchor="end" class="bar-label">${label}</text>`;
    return [
      bar.href ? `<a href="${escapeHtml(bar.href)}">${labelEl}</a>` : labelEl,
      `<rect x="${labelWidth}" y="${y + 3}" width="${length.toFixed(1)}" height="${row - 6}" rx="2" class="bar"><title>${label}: ${text}</title></rect>`,
      `<text x="${(labelWidth + length + 6).toFixed(1)}" y="${y + row / 2 + 4}" class="bar-value">${text}</text>`,
    ].join('');
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(options.title)}">${rows.join('')}</svg>`;
}
