import { deflateSync } from 'node:zlib';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { DecodeError } from '../errors.ts';
import { minimalDocx } from './fixtures/minimal-docx.ts';
import { minimalPdf } from './fixtures/minimal-pdf.ts';
import { decode } from './index.ts';
import { MAX_DOCX_ENTRIES, MAX_INFLATED_BYTES, replacementWarning } from './limits.ts';

async function rejection(promise: Promise<unknown>): Promise<DecodeError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DecodeError);
  return error as DecodeError;
}

/** A .docx whose document part is `bytes` zero bytes past the cap: a zip bomb of a few hundred KB. */
async function bombDocx(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await minimalDocx(['佛山市总工会']));
  zip.file('word/media/padding.bin', new Uint8Array(MAX_INFLATED_BYTES + 1024 * 1024));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

describe('decode › limits', () => {
  it('fails a .docx that unpacks past the cap fast, as too-large with a reason, before mammoth reads it', async () => {
    const bytes = await bombDocx();
    expect(bytes.length).toBeLessThan(1024 * 1024);
    const started = performance.now();
    const error = await rejection(decode(bytes, { key: 'bomb.docx' }));
    expect(error.reason).toBe('too-large');
    expect(error.message).toMatch(/Word document unpacks to more than \d+ MiB/);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('fails a .docx with more parts than a page has', async () => {
    const zip = await JSZip.loadAsync(await minimalDocx(['佛山市总工会']));
    for (let i = 0; i < MAX_DOCX_ENTRIES; i++) zip.file(`customXml/item${i}.xml`, '<a/>');
    const error = await rejection(decode(await zip.generateAsync({ type: 'uint8array' }), { key: 'parts.docx' }));
    expect(error.reason).toBe('too-large');
    expect(error.message).toContain(`${MAX_DOCX_ENTRIES + 3} parts`);
  });

  it('still reads an ordinary .docx', async () => {
    const result = await decode(await minimalDocx(['佛山市总工会召开会议']), { key: 'p.docx' });
    expect(result.text.trim()).toBe('佛山市总工会召开会议');
  });

  it('fails a PDF whose Flate streams unpack past the cap, before PDF.js reads it', async () => {
    const stream = deflateSync(new Uint8Array(MAX_INFLATED_BYTES + 1024 * 1024), { level: 9 });
    const head = Buffer.from(`%PDF-1.4\n1 0 obj\n<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`);
    const tail = Buffer.from('\nendstream\nendobj\n%%EOF\n');
    const error = await rejection(decode(Buffer.concat([head, stream, tail]), { key: 'bomb.pdf' }));
    expect(error.reason).toBe('too-large');
    expect(error.message).toMatch(/PDF unpacks to more than/);
  });

  it('still reads an ordinary PDF', async () => {
    expect((await decode(minimalPdf(['Hello']), { key: 'p.pdf' })).text).toContain('Hello');
  });

  it('warns where invalid GB18030 bytes were replaced instead of passing them silently', async () => {
    const good = iconv.encode('佛山市总工会召开推进会。\n主席李灿出席会议并讲话，会员一百人参加。', 'gb18030');
    // 0x81 0x20 is no GB18030 sequence: a lead byte followed by a space.
    const bytes = Buffer.concat([good, Buffer.from([0x81, 0x20]), iconv.encode('工会', 'gb18030')]);
    const result = await decode(bytes, { key: 'p.txt' });
    expect(result.encoding).toBe('gb18030');
    expect(result.warning).toMatch(
      /^1 byte sequence invalid in GB18030 was replaced with "\uFFFD" \(first at line 2, column \d+\)\.$/,
    );
  });

  it('gives no warning for clean text', async () => {
    expect((await decode(iconv.encode('佛山市总工会召开推进会', 'gbk'), { key: 'p.txt' })).warning).toBeUndefined();
    expect(replacementWarning('a\n\uFFFDb\uFFFD', 'big5')).toBe(
      '2 byte sequences invalid in BIG5 were replaced with "\uFFFD" (first at line 2, column 1).',
    );
  });
});
