/**
 * Pinyin glosses: some mirror sites print a tone-marked reading after characters (農(nóng)民工,
 * 區(qū)總工會). Left in, a gloss splits every name it falls in; removed, the text reads as written.
 */
import { type Stripped, stripMatches } from './stripped.ts';

/** Tone-marked vowels: a gloss holds at least one. */
const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
/**
 * A reading in parentheses right after a Han character: Latin letters and spaces with a tone mark
 * (會(huì), 會(huì ), 县总工会(xiànzǒnggōnghuì)). The bracket comes first and the Han character is
 * looked behind from it: a scan for a bracket is far cheaper than a script test at every character.
 */
const GLOSS = new RegExp(
  `[(（](?<=\\p{Script=Han}[(（])(?=[a-zü ${TONED}]*[${TONED}])[a-zü ${TONED}]{1,60}[)）]`,
  'gu',
);

/**
 * Readings without tone marks (工(gong)(gong)會, 進(jin)): one such bracket could be an abbreviation, so
 * they count as glosses only on a page that prints at least MIN_BARE_GLOSSES of them.
 */
const BARE_GLOSS = /\((?<=\p{Script=Han}\()[a-zü]{1,6}\)(?:\([a-zü]{1,6}\))*/gu;
const MIN_BARE_GLOSSES = 5;

/**
 * Removes pinyin glosses and keeps where each remaining character stood in the source.
 *
 * @example
 * stripGlosses('農(nóng)民工').text // → '農民工'
 */
export function stripGlosses(source: string): Stripped {
  const gloss = glossPattern(source);
  return gloss ? stripMatches(source, gloss) : { text: source };
}

/** The glosses a page prints, reset to scan: tone-marked ones, or bare syllables when a page prints many. */
function glossPattern(source: string): RegExp | undefined {
  GLOSS.lastIndex = 0;
  if (GLOSS.test(source)) {
    GLOSS.lastIndex = 0;
    return GLOSS;
  }
  BARE_GLOSS.lastIndex = 0;
  let count = 0;
  while (count < MIN_BARE_GLOSSES && BARE_GLOSS.test(source)) count++;
  BARE_GLOSS.lastIndex = 0;
  return count >= MIN_BARE_GLOSSES ? BARE_GLOSS : undefined;
}
