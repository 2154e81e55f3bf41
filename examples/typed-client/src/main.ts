/** `pnpm --filter @reportgraph/example-typed-client start`: a typed query against the running API. */
import { request } from './client.ts';
import { UnionQuery } from './union-query.ts';

const data = await request(UnionQuery, { name: '佛山市总工会' });
const union = data.organizationByName;
if (!union) throw new Error('佛山市总工会 is not in the graph');
console.log(`${union.name} (${union.kind}) in ${union.place?.name ?? '?'} ${union.place?.code ?? ''}`);
for (const edge of union.people.edges) console.log(`  ${edge.title ?? ''} ${edge.node.name}`);
