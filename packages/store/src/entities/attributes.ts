/**
 * Attribute kinds: how each attribute of an entity is stored and read back, declared once per
 * entity (as ElectroDB's `attributes` are) and checked against the entity's TypeScript type, so a
 * declared attribute whose name or type drifts from the type fails to compile.
 */

/** Separates a value from the document that stated it in a document-scoped set entry. */
const ENTRY_SEP = '\u0001';

/**
 * How an attribute is stored:
 * - `string`, `number`, `boolean`: a scalar;
 * - `valueSet`: a string set of document-scoped values (`<value>\u0001<documentId>`, see sets.ts),
 *   read back as the distinct plain values;
 * - `stringSet`: a string set read back as a sorted array (adjacency summaries);
 * - `map`: a map or list, read back as is.
 */
export type AttributeKind = 'string' | 'number' | 'boolean' | 'valueSet' | 'stringSet' | 'map';

/** The kinds that can store a value of type `V`. */
type KindOf<V> = [V] extends [string]
  ? 'string'
  : [V] extends [number]
    ? 'number'
    : [V] extends [boolean]
      ? 'boolean'
      : [V] extends [readonly string[]]
        ? 'valueSet' | 'stringSet'
        : [V] extends [object]
          ? 'map'
          : never;

/** The keys of `A` that are optional. */
type OptionalKeys<A> = { [K in keyof A]-?: object extends Pick<A, K> ? K : never }[keyof A];

/**
 * The attribute declaration of a type: every attribute named once, with its kind; `?` marks an
 * attribute that may be absent (read back as `undefined`). A required attribute reads back as its
 * kind's empty value when missing ('' , 0, false, []), so readers never see `undefined` there.
 *
 * @example
 * const spec: AttributeSpec<{ name: string; year?: number }> = { name: 'string', year: 'number?' };
 */
export type AttributeSpec<A> = {
  readonly [K in keyof A]-?: K extends OptionalKeys<A> ? `${KindOf<NonNullable<A[K]>>}?` : KindOf<A[K]>;
};

/**
 * A document-scoped set entry: the value and the document that states it.
 *
 * @example
 * entryDocument(scopedValue('市总工会', 'd_1')) // → 'd_1'
 */
export const scopedValue = (value: string, documentId: string) => `${value}${ENTRY_SEP}${documentId}`;

/** The document that added a document-scoped set entry. */
export const entryDocument = (entry: string) => entry.split(ENTRY_SEP)[1];

/**
 * The distinct values of a stored value set, sorted.
 *
 * @example
 * plainValues(['市总工会\u0001d_1', '市总工会\u0001d_2']) // → ['市总工会']
 */
export function plainValues(entries: Iterable<string>): string[] {
  return [...new Set([...entries].map((e) => e.split(ENTRY_SEP)[0] as string))].sort();
}

const strings = (value: unknown): string[] | undefined =>
  value instanceof Set || Array.isArray(value)
    ? [...(value as Iterable<unknown>)].filter((v): v is string => typeof v === 'string')
    : undefined;

/**
 * Readers per kind. They are lenient on purpose: an empty string counts as absent and a number
 * stored as a string still reads as a number, as the API always read them, so items written by
 * older code read the same.
 */
const READERS: Record<AttributeKind, (value: unknown) => unknown> = {
  string: (v) => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined),
  number: (v) => {
    if (typeof v === 'number' && Number.isFinite(v)) return v;
    if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
    return undefined;
  },
  boolean: (v) => (typeof v === 'boolean' ? v : undefined),
  valueSet: (v) => {
    const list = strings(v);
    return list && plainValues(list);
  },
  stringSet: (v) => strings(v)?.sort(),
  map: (v) => (v !== null && typeof v === 'object' && !(v instanceof Set) ? v : undefined),
};

const EMPTY: Record<AttributeKind, () => unknown> = {
  string: () => '',
  number: () => 0,
  boolean: () => false,
  valueSet: () => [],
  stringSet: () => [],
  map: () => ({}),
};

/**
 * Reads the declared attributes of a stored item, each by its kind; undeclared attributes (keys,
 * bookkeeping such as `docs`) are left out.
 *
 * @example
 * readAttributes<{ name: string; year?: number }>({ name: 'string', year: 'number?' }, { name: '会', year: '2025' })
 * // → { name: '会', year: 2025 }
 */
export function readAttributes<A>(spec: AttributeSpec<A>, item: Readonly<Record<string, unknown>>): A {
  const out: Record<string, unknown> = {};
  for (const [name, declared] of Object.entries(spec) as [string, string][]) {
    const optional = declared.endsWith('?');
    const kind = (optional ? declared.slice(0, -1) : declared) as AttributeKind;
    const value = READERS[kind](item[name]);
    if (value !== undefined) out[name] = value;
    else if (!optional) out[name] = EMPTY[kind]();
  }
  // The spec names every attribute of A with a reader for its type (checked by AttributeSpec<A>).
  return out as A;
}
