import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleHandler, ESM_INTEROP_BANNER } from './bundle.ts';
import { HANDLERS, handlerSource } from './handlers.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'reportgraph-bundle-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('Function: bundleHandler', () => {
  it('writes a minified ESM bundle that loads and runs when the handler is trivial', async () => {
    const entry = path.join(dir, 'trivial.ts');
    await writeFile(
      entry,
      "import path from 'node:path';\nexport const handler = async (event: { key: string }) => ({ statusCode: 200, body: path.extname(event.key) });\n",
    );
    const { outfile, bytes } = await bundleHandler(entry, path.join(dir, 'out', 'trivial.mjs'));
    expect(bytes).toBeGreaterThan(0);
    const code = await readFile(outfile, 'utf8');
    expect(code.startsWith(ESM_INTEROP_BANNER)).toBe(true);
    const mod = (await import(pathToFileURL(outfile).href)) as { handler: (e: { key: string }) => Promise<unknown> };
    expect(await mod.handler({ key: 'page.txt' })).toEqual({ statusCode: 200, body: '.txt' });
  });

  it('gives CommonJS code require, __filename and __dirname when bundled as ESM', async () => {
    const entry = path.join(dir, 'cjs.js');
    await writeFile(
      entry,
      "const os = require('node:os');\nexport const handler = async () => [typeof os.platform(), typeof __filename, typeof __dirname];\n",
    );
    const { outfile } = await bundleHandler(entry, path.join(dir, 'out', 'cjs.mjs'));
    const mod = (await import(pathToFileURL(outfile).href)) as { handler: () => Promise<unknown> };
    expect(await mod.handler()).toEqual(['string', 'string', 'string']);
  });

  it('keeps PDF, Word and GB18030 decoding working when the decoder is bundled', async () => {
    const decodeDir = path.join(ROOT, 'packages/extract/src/decode');
    const entry = path.join(dir, 'decoder.ts');
    await writeFile(
      entry,
      [
        `import { decode } from ${JSON.stringify(path.join(decodeDir, 'index.ts'))};`,
        `import { minimalDocx } from ${JSON.stringify(path.join(decodeDir, 'fixtures/minimal-docx.ts'))};`,
        `import { minimalPdf } from ${JSON.stringify(path.join(decodeDir, 'fixtures/minimal-pdf.ts'))};`,
        'export const handler = async () => [',
        "  (await decode(minimalPdf(['Foshan', '佛山市总工会']))).text,",
        "  (await decode(await minimalDocx(['工会']))).text.trim(),",
        '  (await decode(Uint8Array.from([0xb9, 0xa4, 0xbb, 0xe1]))).text,',
        '];',
      ].join('\n'),
    );
    const { outfile } = await bundleHandler(entry, path.join(dir, 'out', 'decoder.mjs'));
    const mod = (await import(pathToFileURL(outfile).href)) as { handler: () => Promise<unknown> };
    expect(await mod.handler()).toEqual(['Foshan\n佛山市总工会', '工会', '工会']);
  });

  it('leaves modules loaded with import() out of what a cold start loads when they are split into chunks', async () => {
    const source = path.join(ROOT, handlerSource(HANDLERS.ingest));
    const { bytes, totalBytes } = await bundleHandler(source, path.join(dir, 'split', 'ingest.mjs'));
    // PDF.js alone is over a megabyte; it must sit in a chunk only a PDF loads.
    expect(totalBytes - bytes).toBeGreaterThan(1_000_000);
  });

  for (const [name, handler] of Object.entries(HANDLERS)) {
    const source = path.join(ROOT, handlerSource(handler));
    if (!existsSync(source)) {
      it.todo(`bundles the ${name} handler and loads it (${handlerSource(handler)} does not exist yet)`);
      continue;
    }
    it(`bundles the ${name} handler into a module that loads and exports its handler`, async () => {
      const { outfile, bytes } = await bundleHandler(source, path.join(dir, 'out', `${name}.mjs`));
      expect(bytes).toBeGreaterThan(0);
      const exportName = handler.slice(handler.lastIndexOf('.') + 1);
      const mod = (await import(pathToFileURL(outfile).href)) as Record<string, unknown>;
      expect(typeof mod[exportName]).toBe('function');
    });
  }
});
