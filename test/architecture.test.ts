import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const packagesDir = join(root, 'packages');

/**
 * Which workspace packages each package may depend on: dependencies point one way,
 * contract ← extract, contract ← store ← ingest/api ← local ← tools (cli, bench), with the explorer
 * apart (a browser bundle the local stack serves). A package missing here fails the test, so a new
 * package has to take its place in the layering on purpose.
 */
const ALLOWED: Record<string, string[]> = {
  contract: [],
  extract: ['contract'],
  store: ['contract'],
  ingest: ['contract', 'extract', 'store'],
  api: ['contract', 'store'],
  explorer: [],
  local: ['contract', 'extract', 'store', 'ingest', 'api', 'explorer'],
  cli: ['contract', 'extract', 'store', 'ingest', 'api', 'local'],
  bench: ['contract', 'extract', 'store', 'ingest', 'api', 'local'],
};

/**
 * Development-only dependencies, importable from tests and test support (`*.test.ts`, `src/testing/`)
 * only: the API's tests read their fixtures through the real extractor.
 */
const TEST_ONLY: Record<string, string[]> = { api: ['extract'] };
const isTestFile = (file: string) => /\.test\.ts$|[\\/]testing[\\/]/.test(file);

/** Files outside packages/ that a package may import by path. */
const OUTSIDE_IMPORTS: Record<string, string[]> = { bench: ['infra/bundle.ts'] };

/** Package sources infra may import by path: the table definition, the one source for the deployed table. */
const INFRA_IMPORTS = ['packages/store/src/table.ts'];

const packages = readdirSync(packagesDir).filter((name) => statSync(join(packagesDir, name)).isDirectory());

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist') return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|mts|mjs)$/.test(name) ? [path] : [];
  });
}

const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1] as string);

describe('workspace layering', () => {
  it.each(packages)('declares only allowed workspace dependencies when the package is %s', (name) => {
    expect(ALLOWED[name], `packages/${name} has no place in the layering`).toBeDefined();
    const manifest = JSON.parse(readFileSync(join(packagesDir, name, 'package.json'), 'utf8'));
    const deps = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies })
      .filter((d) => d.startsWith('@reportgraph/'))
      .map((d) => d.slice('@reportgraph/'.length));
    const devOnly = Object.keys(manifest.devDependencies ?? {});
    for (const dep of deps) {
      const allowed = [
        ...(ALLOWED[name] ?? []),
        ...(devOnly.includes(`@reportgraph/${dep}`) ? (TEST_ONLY[name] ?? []) : []),
      ];
      expect(allowed, `${name} → ${dep}`).toContain(dep);
    }
  });

  it.each(packages)('imports other packages only through their entry points when the package is %s', (name) => {
    const pkgDir = join(packagesDir, name);
    for (const file of sourceFiles(pkgDir)) {
      for (const spec of importsOf(file)) {
        const where = `${relative(root, file)} imports ${spec}`;
        if (spec.startsWith('.')) {
          // A relative import must stay inside its own package, except the bench's use of the one
          // definition of how handlers are bundled (it measures exactly what deploys).
          const target = resolve(file, '..', spec);
          const allowed = OUTSIDE_IMPORTS[name]?.includes(relative(root, target)) ?? false;
          expect(allowed || !relative(pkgDir, target).startsWith('..'), where).toBe(true);
        } else if (spec.startsWith('@reportgraph/')) {
          const [, dep, ...rest] = spec.split('/');
          if (TEST_ONLY[name]?.includes(dep as string)) expect(isTestFile(file), `${where} outside tests`).toBe(true);
          const manifest = JSON.parse(readFileSync(join(packagesDir, dep as string, 'package.json'), 'utf8'));
          const subpath = rest.length ? `./${rest.join('/')}` : '.';
          expect(Object.keys(manifest.exports ?? {}), where).toContain(subpath);
        }
      }
    }
  });

  it('lets infra import package sources only for the table definition', () => {
    for (const file of sourceFiles(join(root, 'infra'))) {
      if (isTestFile(file)) continue;
      for (const spec of importsOf(file)) {
        if (!spec.startsWith('.')) continue;
        const target = relative(root, resolve(file, '..', spec));
        if (target.startsWith('packages/'))
          expect(INFRA_IMPORTS, `${relative(root, file)} imports ${spec}`).toContain(target);
      }
    }
  });
});
