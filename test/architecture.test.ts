import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const packagesDir = join(root, 'packages');

/**
 * Which workspace packages each package may depend on: dependencies point one way,
 * extract ← store ← ingest/api ← local ← tools (cli, bench). A package missing here fails the test,
 * so a new package has to take its place in the layering on purpose.
 */
const ALLOWED: Record<string, string[]> = {
  extract: [],
  store: ['extract'],
  ingest: ['extract', 'store'],
  api: ['extract', 'store'],
  explorer: [],
  local: ['extract', 'store', 'ingest', 'api', 'explorer'],
  cli: ['extract', 'store', 'ingest', 'api', 'local'],
  bench: ['extract', 'store', 'ingest', 'api', 'local'],
};

/** Files outside packages/ that a package may import by path. */
const OUTSIDE_IMPORTS: Record<string, string[]> = { bench: ['infra/bundle.ts'] };

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
    for (const dep of deps) expect(ALLOWED[name], `${name} → ${dep}`).toContain(dep);
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
          const manifest = JSON.parse(readFileSync(join(packagesDir, dep as string, 'package.json'), 'utf8'));
          const subpath = rest.length ? `./${rest.join('/')}` : '.';
          expect(Object.keys(manifest.exports ?? {}), where).toContain(subpath);
        }
      }
    }
  });
});
