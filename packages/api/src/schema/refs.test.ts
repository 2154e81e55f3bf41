import type { OrganizationNode, PersonNode, StoredEdge } from '@reportgraph/store';
import { describe, expect, it } from 'vitest';
import type { FieldBuilder } from '../builder.ts';

/**
 * Compile-time checks: each `@ts-expect-error` must stay an error, or the typecheck fails. The
 * functions are never called, so they add nothing to the schema.
 */
const wrongAttributeNames = (t: FieldBuilder<OrganizationNode>, person: PersonNode, edge: StoredEdge<'holds'>) => [
  // @ts-expect-error 'nmae' is not an attribute of an organization
  t.exposeString('nmae', { description: 'A typo.' }),
  // @ts-expect-error a person has no aliases
  person.aliases,
  // @ts-expect-error a role edge carries title and role, not part
  edge.data.part,
];

describe('node object refs', () => {
  it('fail to compile when a field reads an attribute its node type does not have', () => {
    // The checks above are type-level; this keeps them in a test file that tsc and biome both see.
    expect(wrongAttributeNames).toBeTypeOf('function');
  });
});
