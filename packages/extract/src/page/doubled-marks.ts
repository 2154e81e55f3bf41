import { type Stripped, stripMatches } from './stripped.ts';

/**
 * A comma some sites set before the enumeration comma (县委副书记,、代县长甲; 副县长甲、乙,、丙), doubling
 * the mark between the items of a list: the comma goes, so the list reads as printed with 、 alone.
 */
const DOUBLED = /[,，](?=\s?、)/g;

/**
 * Removes a comma doubled before 、, keeping the source offsets.
 *
 * @example
 * stripDoubledMarks('县委副书记,、代县长赵某荣').text // → '县委副书记、代县长赵某荣'
 */
export function stripDoubledMarks(source: string): Stripped {
  return stripMatches(source, DOUBLED);
}
