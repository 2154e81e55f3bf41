/** `pnpm --filter @reportgraph/explorer build`: builds the explorer into dist/. */
import { buildExplorer } from './build.ts';

const started = Date.now();
const dir = await buildExplorer();
console.log(`Built the explorer into ${dir} in ${Date.now() - started} ms.`);
