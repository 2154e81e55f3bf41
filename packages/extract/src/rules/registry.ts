/**
 * Rules as a named table. Every rule that makes (or vetoes) an entity has an id, a line on
 * what it does, and an example and a counterexample from two different corpus pages. A
 * finder asks `on(rule)` before it applies one and calls `fired(rule, kind, name)` when the
 * rule produced something, so that
 * - `extract --explain FILE` can say which rules made each entity, and
 * - the ablation report (`pnpm -s ablation`) can switch each rule off in turn and count the
 *   true and false positives it adds on the corpus.
 * Outside those tools every rule is on and nothing is traced: `on` is one Set lookup.
 */

/** One row of the rule table. */
export interface Rule {
  /** `<stage>.<name>`, e.g. `people.title-before`. */
  id: string;
  /** What the rule does, in one line. */
  does: string;
  /** A phrase it reads right, and the page it is on (`r2_11: 泉州市总工会主席张三出席`). */
  example: string;
  /** A phrase it must not fire on, from another page, and why. */
  counterexample: string;
}

/** What a rule produced: the entity kind and the name (or title) as read. */
export type EntityKind = 'organization' | 'person' | 'event' | 'metric' | 'role';

const table = new Map<string, Rule>();
let disabled: ReadonlySet<string> = new Set();
let tracer: ((rule: string, kind: EntityKind, name: string) => void) | undefined;

/**
 * Declares a stage's rules; returns them keyed by their short name.
 *
 * @example
 * const R = defineRules({
 *   titleBefore: { id: 'people.title-before', does: 'a name right after a title', example: '…', counterexample: '…' },
 * });
 * if (on(R.titleBefore)) …
 */
export function defineRules<K extends string>(rules: Record<K, Rule>): Record<K, Rule> {
  for (const rule of Object.values<Rule>(rules)) {
    if (table.has(rule.id)) throw new Error(`rule ${rule.id} is defined twice`);
    table.set(rule.id, rule);
  }
  return rules;
}

/** True unless the rule is switched off (only the ablation report switches rules off). */
export function on(rule: Rule): boolean {
  // Checked on hot paths: with nothing switched off (always, outside the ablation report) no lookup.
  return disabled.size === 0 || !disabled.has(rule.id);
}

/** Records that a rule produced an entity, when someone is listening (`--explain`). */
export function fired(rule: Rule, kind: EntityKind, name: string): void {
  tracer?.(rule.id, kind, name);
}

/** Every rule defined so far (import `extract` first so every stage has defined its own). */
export function allRules(): Rule[] {
  return [...table.values()];
}

/** Runs `fn` with the given rules off. For the ablation report. */
export function withRulesOff<T>(ids: Iterable<string>, fn: () => T): T {
  const before = disabled;
  disabled = new Set(ids);
  try {
    return fn();
  } finally {
    disabled = before;
  }
}

/** Runs `fn` and returns, with its result, every (rule, kind, name) it fired. For `--explain`. */
export function traced<T>(fn: () => T): { result: T; fired: Array<{ rule: string; kind: EntityKind; name: string }> } {
  const log: Array<{ rule: string; kind: EntityKind; name: string }> = [];
  const before = tracer;
  tracer = (rule, kind, name) => log.push({ rule, kind, name });
  try {
    return { result: fn(), fired: log };
  } finally {
    tracer = before;
  }
}
