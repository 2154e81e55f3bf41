#!/usr/bin/env node
// `pnpm bench` runs this bin (there is no root script of that name), so pnpm prints no banner
// and `--json` output is JSON alone. The source is TypeScript, loaded through tsx.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
