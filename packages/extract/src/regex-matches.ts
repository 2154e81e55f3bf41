/**
 * Every match of a global regex in `text`, in order, as `String.prototype.matchAll` yields them,
 * without the copy of the regex `matchAll` makes on every call: V8 builds and initializes a new
 * RegExp object each time (`matchAll` must not touch the caller's `lastIndex`), which cost about
 * 1 % of extraction's time when the finders called it on every sentence (BENCHMARKS.md, session 52).
 *
 * The matches are all read before the caller's loop runs, so the loop may use the same regex again.
 *
 * @example
 * matchesOf(/\d+/g, '3人和5人').map((m) => m[0]) // → ['3', '5']
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`matchesOf needs a global regex, got /${re.source}/${re.flags}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // An empty match would be found again at the same place: step over one character, as matchAll does.
    if (m[0] === '') re.lastIndex = nextIndex(text, re.lastIndex, re.unicode);
  }
  return out;
}

/** The index after the character at `at`: a surrogate pair is one character to a `u` regex. */
function nextIndex(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const code = text.charCodeAt(at);
  const next = text.charCodeAt(at + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? at + 2 : at + 1;
}
