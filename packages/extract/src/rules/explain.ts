import type { ExtractResult } from '@reportgraph/contract';
import type { EntityKind } from './registry.ts';

/** One rule firing, as `traced` records it. */
export interface Firing {
  rule: string;
  kind: EntityKind;
  name: string;
}

/**
 * Which rules made each entity of a result: the firings whose name is the entity's name, one of
 * its aliases, or (for events and metrics) inside its title or text. A text report, one entity a line.
 *
 * @example
 * const { result, fired } = traced(() => extract(text));
 * process.stdout.write(explain(result, fired));
 */
export function explain(result: ExtractResult, firings: readonly Firing[]): string {
  const rulesFor = (kind: EntityKind, names: readonly string[], within = false): string => {
    const ids = new Set(
      firings
        .filter((f) => f.kind === kind && names.some((n) => n === f.name || (within && n.includes(f.name))))
        .map((f) => f.rule),
    );
    return ids.size ? [...ids].join(', ') : '(no rule traced)';
  };
  const lines: string[] = ['organizations'];
  for (const o of result.organizations)
    lines.push(
      `  ${o.name}${o.aliases.length ? ` (${o.aliases.join('、')})` : ''} ← ${rulesFor('organization', [o.name, ...o.aliases, ...(o.original ? [o.original] : [])])}`,
    );
  lines.push('people');
  for (const p of result.people) {
    const roles = p.roles.length ? ` [${p.roles.join('、')}]` : '';
    lines.push(`  ${p.name}${roles} ← ${rulesFor('person', [p.name])}; roles ← ${rulesFor('role', p.roles)}`);
  }
  lines.push('events');
  for (const e of result.events) lines.push(`  ${e.title} ${e.date ?? ''} ← ${rulesFor('event', [e.title], true)}`);
  lines.push('metrics');
  for (const m of result.metrics)
    lines.push(`  ${m.text} ${m.subject} ← ${rulesFor('metric', [m.text, m.subject], true)}`);
  return `${lines.join('\n')}\n`;
}
