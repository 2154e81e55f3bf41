import { readdirSync, readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode } from './index.ts';

const REPORTS = new URL('../../corpus/reports/', import.meta.url);
const reports = readdirSync(REPORTS)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => ({ name, text: readFileSync(new URL(name, REPORTS), 'utf8').replace(/\r\n?/g, '\n') }));

// Every real page must survive every encoding an editor's tool might have saved it in.
const ENCODINGS = [
  { label: 'GBK', encoding: 'gb18030', encode: (t: string) => iconv.encode(t, 'gbk') },
  { label: 'UTF-16LE without BOM', encoding: 'utf-16le', encode: (t: string) => iconv.encode(t, 'utf-16le') },
  { label: 'UTF-16BE without BOM', encoding: 'utf-16be', encode: (t: string) => iconv.encode(t, 'utf-16be') },
  { label: 'UTF-8 with CRLF', encoding: 'utf-8', encode: (t: string) => Buffer.from(t.replace(/\n/g, '\r\n')) },
] as const;

describe('decode', () => {
  it('finds corpus reports to round-trip', () => {
    expect(reports.length).toBeGreaterThan(0);
  });

  for (const { label, encoding, encode } of ENCODINGS) {
    it(`returns every corpus report unchanged when it is saved as ${label}`, async () => {
      for (const report of reports) {
        const result = await decode(encode(report.text), { key: report.name });
        expect({ name: report.name, ...result }).toEqual({
          name: report.name,
          text: report.text,
          encoding,
          format: 'text',
        });
      }
    });
  }
});
