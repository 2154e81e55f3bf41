import { setFlagsFromString } from 'node:v8';

/**
 * Tells V8 to compile each regular expression to native code the first time it runs.
 *
 * By default V8 first runs a new regex in its bytecode interpreter and compiles it only after it
 * has run once ("tier-up"), which saves work for a regex used once. The extractor's regexes are
 * the opposite case: long alternations of vocabulary, each run on every sentence of every page,
 * so a fresh process spends its first page interpreting them. Measured on the first extraction
 * in a fresh process (BENCHMARKS.md, session 17), this cuts that page from about 255 to 195 ms;
 * a warm process is unchanged.
 *
 * It changes a process-wide engine setting, so the library never calls it on import: processes
 * that run the extractor (the ingest Lambda, the extract CLI) call it once, at start-up, before
 * any extraction.
 *
 * @example
 * compileRegexesEagerly();
 * const result = extract(text); // the first page no longer runs interpreted regexes
 */
export function compileRegexesEagerly(): void {
  setFlagsFromString('--regexp-tier-up-ticks=0');
}
