import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type GraphQLType,
  getOperationAST,
  Kind,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/** How big an operation is before it runs. */
export interface QueryMeasure {
  /** Field nesting depth, not counting the Relay wrappers `edges` and `node` of connections. */
  depth: number;
  /** Estimated items read: for every list field, the product of the `first` arguments down to it. */
  cost: number;
}

/** Limits an operation must stay within. */
export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
}

/** Defaults: four linked levels with 20 items each level is fine; a fifth level of 20 is not. */
export const DEFAULT_LIMITS: QueryLimits = { maxDepth: 10, maxCost: 20_000 };

type Vars = Record<string, unknown> | null | undefined;

// Only AST and duck-typed schema access here (no instanceof checks from `graphql`): under vitest the
// schema Pothos built can come from the CommonJS copy of graphql while this file gets the ESM copy.
function fieldDef(type: GraphQLNamedType | undefined, name: string): GraphQLField<unknown, unknown> | undefined {
  const withFields = type as { getFields?: () => Record<string, GraphQLField<unknown, unknown>> } | undefined;
  return typeof withFields?.getFields === 'function' ? withFields.getFields()[name] : undefined;
}

function namedType(type: GraphQLType): GraphQLNamedType {
  let t = type as GraphQLType & { ofType?: GraphQLType };
  while (t.ofType) t = t.ofType as GraphQLType & { ofType?: GraphQLType };
  return t as GraphQLNamedType;
}

/** The value of an argument: literal, variable, or the argument's default. */
function argValue(arg: GraphQLArgument, given: ValueNode | undefined, variables: Vars): unknown {
  if (!given) return arg.defaultValue;
  if (given.kind === Kind.VARIABLE) return variables?.[given.name.value] ?? arg.defaultValue;
  if (given.kind === Kind.INT) return Number(given.value);
  if (given.kind === Kind.LIST) return given.values;
  return undefined;
}

/** The page size a list field will read: its `first`/`ids` argument, or the argument's default. */
function listSize(def: GraphQLField<unknown, unknown>, node: FieldNode, variables: Vars): number | null {
  for (const name of ['first', 'ids']) {
    const arg = def.args.find((a) => a.name === name);
    if (!arg) continue;
    const given = node.arguments?.find((a) => a.name.value === name);
    const value = argValue(arg, given?.value, variables);
    if (Array.isArray(value)) return value.length;
    return typeof value === 'number' && Number.isFinite(value) ? Math.max(value, 1) : 1;
  }
  return null;
}

/**
 * Measures an operation's depth and estimated cost from its selections and `first` arguments
 * (variables resolved), following fragments.
 *
 * @example
 * measureOperation(schema, parse('{ organizations(first: 10) { edges { node { name } } } }'))
 * // → { depth: 2, cost: 10 }
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName?: string | null,
  variables?: Vars,
): QueryMeasure {
  const operation = getOperationAST(document, operationName);
  if (!operation) return { depth: 0, cost: 0 };
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const root = schema.getRootType(operation.operation) ?? undefined;

  let maxDepth = 0;
  let cost = 0;
  const walk = (set: SelectionSetNode, type: GraphQLNamedType | undefined, depth: number, multiplier: number) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const cond = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        walk(selection.selectionSet, cond ?? type, depth, multiplier);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (fragment)
          walk(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) ?? type, depth, multiplier);
        continue;
      }
      const name = selection.name.value;
      // Introspection (`__schema`, `__type`) reads the schema in memory, never the table.
      if (name.startsWith('__')) continue;
      const wrapper =
        (name === 'edges' && type?.name.endsWith('Connection')) || (name === 'node' && type?.name.endsWith('Edge'));
      const level = wrapper ? depth : depth + 1;
      maxDepth = Math.max(maxDepth, level);
      const def = fieldDef(type, name);
      const size = def ? listSize(def, selection, variables) : null;
      const next = size === null ? multiplier : multiplier * size;
      if (size !== null) cost += next;
      if (selection.selectionSet) walk(selection.selectionSet, def ? namedType(def.type) : undefined, level, next);
    }
  };
  walk(operation.selectionSet, root, 0, 1);
  return { depth: maxDepth, cost };
}
