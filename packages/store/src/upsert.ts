import { SUMMARY_CAP } from './adjacency.ts';
import type { StoreContext } from './context.ts';
import { ADJ_FULL, ADJ_IN, ADJ_OUT } from './entities/node.ts';
import type { GraphItem } from './items.ts';
import { plainValues, SCOPED_SETS } from './sets.ts';

/** An UpdateItem's input without the table: as UpdateItem or as a transaction's Update action. */
export interface UpdateInput {
  Key: { pk: string; sk: string };
  UpdateExpression: string;
  ConditionExpression?: string;
  ExpressionAttributeNames: Record<string, string>;
  ExpressionAttributeValues: Record<string, unknown>;
}

/** More of an update: SET and ADD clauses, conditions, and the names and values they use. */
export interface UpdateParts {
  sets?: string[];
  adds?: string[];
  conditions?: string[];
  names?: Record<string, string>;
  values?: Record<string, unknown>;
}

/** How to upsert an item. */
export interface UpsertOptions {
  /**
   * Add the document-scoped set entries (adjacency, aliases, roles) only while each set is under
   * the cap (a condition). Without, the adjacency entries are left out and the node is marked
   * full, and aliases and roles are added as plain values (which a hub node then keeps).
   */
  summarize: boolean;
  /** Add the document to the item's `docs` set (edges: their lifecycle; nodes count instead). */
  docs: boolean;
  /** More clauses for the same update (a node's count and search entry). */
  extra?: UpdateParts;
}

/**
 * Builds the upsert of one item a document contributes. Attributes are SET (they are a function
 * of the canonical entity, so concurrent writers agree); sets are unioned with ADD, an atomic
 * update: no read-modify-write, safe when two documents share an item.
 *
 * @example
 * new UpdateCommand({ TableName, ...upsertUpdate(ctx, 'd_1', item, { summarize: true, docs: true }) })
 */
export function upsertUpdate(
  ctx: StoreContext,
  documentId: string,
  item: GraphItem,
  options: UpsertOptions,
): UpdateInput {
  const { summarize, extra = {} } = options;
  const names: Record<string, string> = { ...extra.names };
  const values: Record<string, unknown> = { ...extra.values };
  const sets: string[] = [...(extra.sets ?? [])];
  const adds: string[] = [...(extra.adds ?? [])];
  const conditions: string[] = [...(extra.conditions ?? [])];
  for (const [i, [attr, value]] of Object.entries(item.set).entries()) {
    names[`#s${i}`] = attr;
    values[`:s${i}`] = value;
    sets.push(`#s${i} = :s${i}`);
  }
  if (options.docs) {
    names['#docs'] = 'docs';
    values[':doc'] = new Set([documentId]);
    adds.push('#docs :doc');
  }
  const capped: string[] = [];
  let adjacency = false;
  for (const [i, [attr, list]] of Object.entries(item.add ?? {}).entries()) {
    if (list.length === 0) continue;
    const scoped = (SCOPED_SETS as readonly string[]).includes(attr);
    if (attr === ADJ_OUT || attr === ADJ_IN) {
      adjacency = true;
      if (!summarize) continue;
    }
    names[`#a${i}`] = attr;
    values[`:a${i}`] = new Set(scoped && !summarize ? plainValues(list) : list);
    adds.push(`#a${i} :a${i}`);
    if (scoped && summarize) capped.push(`(attribute_not_exists(#a${i}) OR size(#a${i}) < :cap)`);
  }
  if (capped.length > 0) {
    names['#full'] = ADJ_FULL;
    values[':cap'] = ctx.summaryCap ?? SUMMARY_CAP;
    conditions.push('attribute_not_exists(#full)', ...capped);
  } else if (adjacency) {
    names['#full'] = ADJ_FULL;
    values[':full'] = true;
    sets.push('#full = :full');
  }
  const clauses = [sets.length ? `SET ${sets.join(', ')}` : '', adds.length ? `ADD ${adds.join(', ')}` : ''];
  return {
    Key: { pk: item.pk, sk: item.sk },
    UpdateExpression: clauses.filter(Boolean).join(' '),
    ...(conditions.length ? { ConditionExpression: conditions.join(' AND ') } : {}),
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
}

/** Why each action of a cancelled transaction failed ('None' for those that did not), or undefined for another error. */
export function cancellationCodes(error: unknown): string[] | undefined {
  const e = error as { name?: string; CancellationReasons?: { Code?: string }[] };
  if (e.name !== 'TransactionCanceledException' || !e.CancellationReasons) return undefined;
  return e.CancellationReasons.map((r) => r.Code ?? 'None');
}
