import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectFiles, contentTypeOf } from './upload.ts';

describe('contentTypeOf', () => {
  it('does map the formats the ingest reads when given their extensions', () => {
    expect(contentTypeOf('a.TXT')).toBe('text/plain');
    expect(contentTypeOf('第3版.html')).toBe('text/html');
    expect(contentTypeOf('x.docx')).toMatch(/wordprocessingml/);
    expect(contentTypeOf('x.pdf')).toBe('application/pdf');
    expect(contentTypeOf('x.tif')).toBe('application/octet-stream');
  });
});

describe('collectFiles', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rg-upload-'));
    await mkdir(join(dir, 'pages', '10'), { recursive: true });
    await writeFile(join(dir, 'pages', '第1版.txt'), '佛山');
    await writeFile(join(dir, 'pages', '10', 'p2.html'), '<p>x</p>');
    await writeFile(join(dir, 'pages', '.DS_Store'), '');
    await writeFile(join(dir, 'pages', 'notes.xlsx'), '');
    await writeFile(join(dir, 'single.bin'), 'abc');
    await writeFile(join(dir, 'big.txt'), Buffer.alloc(6 * 1024 * 1024, 0x41));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('does key folder files by their path below the folder when a prefix is given', async () => {
    const { items, skipped } = await collectFiles([join(dir, 'pages')], '2025/10/31/');
    expect(items.map((i) => i.key)).toEqual(['2025/10/31/10/p2.html', '2025/10/31/第1版.txt']);
    expect(items.find((i) => i.key.endsWith('.txt'))?.size).toBe(6);
    expect(skipped.map((s) => [s.path.slice(dir.length), s.reason])).toEqual([
      ['/pages/.DS_Store', 'hidden'],
      ['/pages/notes.xlsx', 'not .txt/.text/.htm/.html/.docx/.pdf'],
    ]);
  });

  it('does skip a named file with its reason when its type or size is one the ingest refuses', async () => {
    const { items, skipped } = await collectFiles(['single.bin', 'big.txt', 'pages/第1版.txt'], '', { cwd: dir });
    expect(items).toEqual([{ path: join(dir, 'pages', '第1版.txt'), key: '第1版.txt', size: 6 }]);
    expect(skipped).toEqual([
      { path: join(dir, 'single.bin'), reason: 'not .txt/.text/.htm/.html/.docx/.pdf' },
      { path: join(dir, 'big.txt'), reason: '6.0 MB is over the 5.0 MB limit' },
    ]);
  });

  it('does read relative paths from the folder given as cwd and name the missing one absolutely', async () => {
    await expect(collectFiles(['missing.txt'], '', { cwd: dir })).rejects.toThrow(
      `No such file or folder: ${join(dir, 'missing.txt')}`,
    );
  });

  it('does throw a CliError when a path does not exist', async () => {
    await expect(collectFiles([join(dir, 'missing')])).rejects.toThrow(/No such file or folder/);
  });

  it('does refuse two files with the same key when they would collide', async () => {
    await expect(collectFiles([join(dir, 'pages', '第1版.txt'), join(dir, 'pages', '第1版.txt')])).rejects.toThrow(
      /Two files would be uploaded/,
    );
  });
});
