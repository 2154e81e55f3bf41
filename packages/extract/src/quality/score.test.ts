import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { goldPages } from './score.ts';

describe('goldPages', () => {
  const dir = mkdtempSync(join(tmpdir(), 'held-out-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads each gold file with the page it names, and skips gold whose page is missing', () => {
    mkdirSync(join(dir, 'gold'));
    mkdirSync(join(dir, 'reports'));
    const gold = { organizations: [], people: [], events: [], metrics: [] };
    writeFileSync(join(dir, 'gold', 'x_01.json'), JSON.stringify({ ...gold, file: 'x_01.txt' }));
    writeFileSync(join(dir, 'gold', 'x_02.json'), JSON.stringify(gold));
    writeFileSync(join(dir, 'reports', 'x_01.txt'), '佛山市总工会召开会议。');
    expect(goldPages(dir).map((p) => [p.name, p.text])).toEqual([['x_01.txt', '佛山市总工会召开会议。']]);
  });
});
