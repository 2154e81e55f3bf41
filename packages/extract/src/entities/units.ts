import unitsJson from '../../corpus/units.json' with { type: 'json' };

/**
 * Units of measure, read from `corpus/units.json` (the one list the scorer also uses):
 * canonical unit → the spellings that mean it.
 */
const table: Record<string, string[]> = unitsJson;

const byForm = new Map<string, string>();
for (const [canonical, forms] of Object.entries(table)) {
  for (const form of forms) byForm.set(form, canonical);
}
// 8个小时, 3个多小时: hours counted with the general classifier (the shared table lists only the
// unit); 多 written inside is the qualifier (see ROUGH_FORMS).
if (byForm.has('小时')) {
  byForm.set('个小时', byForm.get('小时') as string);
  byForm.set('个多小时', byForm.get('小时') as string);
}

// 慰问困难职工56万多人(次): people and visits, as some reports bracket the 次.
if (byForm.has('人次')) byForm.set('人(次)', byForm.get('人次') as string);

// 分四批次组织: batches counted with 次 after them (the shared table lists only 批).
if (byForm.has('批')) byForm.set('批次', byForm.get('批') as string);

/** Spellings that carry their own 多 (3个多小时): the figure is at least what is written. */
export const ROUGH_FORMS: ReadonlySet<string> = new Set(['个多小时']);

/** Every spelling, longest first, so 人次 wins over 人 and 场次 over 场. */
export const UNIT_FORMS: readonly string[] = [...byForm.keys()].sort((a, b) => b.length - a.length);

/**
 * The canonical unit for a spelling (名 → 人, 场次 → 场, ％ → %), or undefined.
 *
 * @example
 * canonicalUnit('名') // → '人'
 * canonicalUnit('课时') // → '学时'
 */
export function canonicalUnit(form: string): string | undefined {
  return byForm.get(form);
}

/** The canonical units and their spellings (a copy). */
export function unitTable(): Record<string, string[]> {
  return Object.fromEntries(Object.entries(table).map(([k, v]) => [k, [...v]]));
}
