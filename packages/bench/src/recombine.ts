/**
 * Pages for the scale run, recombined from the development corpus: a headline from one page and
 * paragraphs from three to five others. Sentences stay whole, so the extractor reads them as it
 * reads real pages; the same names recur across pages as they do across a year of a newspaper,
 * which is what makes hub nodes grow.
 */

/** A small deterministic generator (mulberry32), so a run can be repeated page for page. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The non-blank lines of a page. */
const linesOf = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * The `index`-th recombined page of `sources` (the same index always gives the same page).
 *
 * @example
 * const page = recombinedPage(corpusTexts, 7); // a headline line, then paragraphs of 3–5 pages
 */
export function recombinedPage(sources: readonly string[], index: number): string {
  if (sources.length === 0) throw new Error('no source pages to recombine');
  const next = random(index + 1);
  const pick = () => sources[Math.floor(next() * sources.length)] as string;
  const head = linesOf(pick())[0] ?? '';
  const parts = [head, ''];
  const count = 3 + Math.floor(next() * 3);
  for (let i = 0; i < count; i++) {
    const lines = linesOf(pick()).slice(1);
    const from = Math.floor(next() * Math.max(1, lines.length - 6));
    parts.push(...lines.slice(from, from + 6), '');
  }
  return parts.join('\n');
}
