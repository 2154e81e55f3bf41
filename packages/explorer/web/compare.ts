import type { Bar } from './chart.ts';
import { hrefFor } from './route.ts';

/** A metric as compared: its figure, year and what it describes. */
export interface ComparedMetric {
  id: string;
  value: number;
  unit: string;
  text: string | null;
  year: number | null;
  isTarget: boolean;
  scope: { name: string } | null;
}

/**
 * Bars comparing metrics of one subject: over time when they all describe one place or
 * organization in several years, else across places and organizations (largest first).
 *
 * @example
 * comparisonBars(metrics) // → { mode: 'across', bars: [{ label: '佛山市 2024', value: 1496000, … }] }
 */
export function comparisonBars(metrics: readonly ComparedMetric[]): { mode: 'time' | 'across'; bars: Bar[] } {
  const scopes = new Set(metrics.map((m) => m.scope?.name ?? ''));
  const years = new Set(metrics.map((m) => m.year));
  const overTime = scopes.size === 1 && years.size > 1;
  const sorted = [...metrics].sort((a, b) => (overTime ? (a.year ?? 0) - (b.year ?? 0) : b.value - a.value));
  return {
    mode: overTime ? 'time' : 'across',
    bars: sorted.map((m) => ({
      label: overTime ? String(m.year ?? '?') : `${m.scope?.name ?? '—'}${m.year ? ` ${m.year}` : ''}`,
      value: m.value,
      text: `${m.text ?? `${m.value}${m.unit}`}${m.isTarget ? ' (target)' : ''}`,
      href: hrefFor({ __typename: 'Metric', id: m.id }) ?? '',
    })),
  };
}
