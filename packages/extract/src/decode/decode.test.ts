import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { DecodeError } from '../errors.ts';
import { minimalDocx } from './fixtures/minimal-docx.ts';
import { minimalPdf } from './fixtures/minimal-pdf.ts';
import { decode } from './index.ts';

/** The opening of a real report page: title, blank line, dateline paragraph with ASCII digits and punctuation. */
const PAGE = [
  '佛山召开产业工人队伍建设改革工作推进会',
  '',
  '本报讯(全媒体记者黄细英 通讯员霍嘉琪)10月29日,佛山市产业工人队伍建设改革工作推进会在佛山市工会职校召开。',
  '佛山市人大常委会副主任、市总工会主席李灿出席会议并讲话。目前,佛山技能人才达149.6万人。',
].join('\n');

/** Pure CJK with no ASCII at all: its UTF-16 form has no zero bytes to give it away. */
const PURE_CJK = '佛山市总工会举行推进会技能人才达到百四十九万人会议要求全市要筑牢思想根基';

const utf8 = (text: string) => new TextEncoder().encode(text);

async function decodeError(promise: Promise<unknown>): Promise<DecodeError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DecodeError);
  return error as DecodeError;
}

describe('decode', () => {
  describe('plain text', () => {
    it('decodes UTF-8 text as it is', async () => {
      expect(await decode(utf8(PAGE))).toEqual({ text: PAGE, encoding: 'utf-8', format: 'text' });
    });

    it('decodes GB18030 text when the bytes are not UTF-8', async () => {
      const result = await decode(iconv.encode(PAGE, 'gbk'));
      expect(result).toEqual({ text: PAGE, encoding: 'gb18030', format: 'text' });
    });

    it('decodes characters outside GBK when the file is GB18030 with four-byte sequences', async () => {
      const text = `${PAGE}\n𠀀€`;
      expect((await decode(iconv.encode(text, 'gb18030'))).text).toBe(text);
    });

    it('decodes UTF-16LE and strips the BOM when the file starts with FF FE', async () => {
      const bytes = iconv.encode(PAGE, 'utf-16le', { addBOM: true });
      expect(bytes[0]).toBe(0xff);
      expect(await decode(bytes)).toEqual({ text: PAGE, encoding: 'utf-16le', format: 'text' });
    });

    it('decodes UTF-16BE when the file starts with FE FF', async () => {
      const bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(PAGE, 'utf-16be')]);
      expect(await decode(bytes)).toEqual({ text: PAGE, encoding: 'utf-16be', format: 'text' });
    });

    it('decodes UTF-16LE without a BOM when zero bytes sit at odd offsets', async () => {
      expect(await decode(iconv.encode(PAGE, 'utf-16le'))).toEqual({
        text: PAGE,
        encoding: 'utf-16le',
        format: 'text',
      });
    });

    it('decodes UTF-16BE without a BOM when zero bytes sit at even offsets', async () => {
      expect(await decode(iconv.encode(PAGE, 'utf-16be'))).toEqual({
        text: PAGE,
        encoding: 'utf-16be',
        format: 'text',
      });
    });

    it('decodes UTF-16LE without a BOM when the text is pure CJK and has no zero bytes', async () => {
      const bytes = iconv.encode(PURE_CJK, 'utf-16le');
      expect(bytes.includes(0)).toBe(false);
      expect((await decode(bytes)).text).toBe(PURE_CJK);
    });

    it('strips the UTF-8 BOM when the file starts with EF BB BF', async () => {
      const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(PAGE)]);
      expect((await decode(bytes)).text).toBe(PAGE);
    });

    it('turns CRLF and lone CR into LF when the file was written on Windows or classic Mac', async () => {
      expect((await decode(utf8('第一行\r\n第二行\r第三行'))).text).toBe('第一行\n第二行\n第三行');
    });

    it('drops only the incomplete last character when UTF-8 is truncated mid-sequence', async () => {
      const full = utf8(`${PAGE}。`);
      const truncated = full.subarray(0, full.length - 1);
      expect(await decode(truncated)).toEqual({ text: PAGE, encoding: 'utf-8', format: 'text' });
    });

    it('keeps UTF-8 when a single byte inside a long UTF-8 text is damaged', async () => {
      const bytes = utf8(PAGE.repeat(3));
      bytes[10] = 0xff;
      const result = await decode(bytes);
      expect(result.encoding).toBe('utf-8');
      expect(result.text).toContain('佛山市人大常委会副主任');
    });
  });

  describe('HTML', () => {
    it('strips markup and keeps paragraphs when the file starts with a doctype', async () => {
      const html = `<!DOCTYPE html><html><head><title>t</title><style>p{color:red}</style></head>
        <body><script>var x = "<p>no</p>";</script><h1>佛山召开推进会</h1>
        <p>本报讯&nbsp;10月29日，推进会在<b>佛山市工会职校</b>召开。</p><div>第一行<br/>第二行</div>
        <ul><li>甲</li><li>乙</li></ul><p>A &amp; B &lt;C&gt; &#x4F5B;&#23665;</p></body></html>`;
      const result = await decode(utf8(html));
      expect(result.format).toBe('html');
      expect(result.text).toBe(
        '佛山召开推进会\n\n本报讯 10月29日，推进会在佛山市工会职校召开。\n\n第一行\n第二行\n\n甲\n乙\n\nA & B <C> 佛山',
      );
    });

    it('uses the declared GBK charset when an HTML page is not UTF-8', async () => {
      const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>${PAGE}</p></body></html>`;
      const result = await decode(iconv.encode(html, 'gbk'));
      expect(result.encoding).toBe('gb18030');
      expect(result.text).toContain('市总工会主席李灿出席会议');
    });

    it('reads a fragment as HTML when the Content-Type says text/html', async () => {
      const result = await decode(utf8('<span>佛山</span><span>工会</span>'), {
        contentType: 'text/html; charset=utf-8',
      });
      expect(result).toEqual({ text: '佛山工会', encoding: 'utf-8', format: 'html' });
    });

    it('reads UTF-16 HTML when the page was saved as Unicode', async () => {
      const result = await decode(
        iconv.encode('<html><body><p>佛山</p><p>工会</p></body></html>', 'utf-16le', { addBOM: true }),
      );
      expect(result).toEqual({ text: '佛山\n\n工会', encoding: 'utf-16le', format: 'html' });
    });

    it('leaves text that merely mentions a tag as text when it does not start with markup', async () => {
      expect((await decode(utf8('正文提到 <p> 标签'))).format).toBe('text');
    });
  });

  describe('Word and PDF', () => {
    it('extracts paragraphs from a .docx when the bytes are a Word archive', async () => {
      const bytes = await minimalDocx(['佛山召开推进会', '本报讯 10月29日，市总工会主席李灿出席会议。']);
      expect(await decode(bytes, { key: 'page.docx' })).toEqual({
        text: '佛山召开推进会\n\n本报讯 10月29日，市总工会主席李灿出席会议。\n\n',
        encoding: 'utf-8',
        format: 'docx',
      });
    });

    it('rejects a ZIP archive as unsupported when it holds no word/document.xml', async () => {
      const zip = new JSZip();
      zip.file('page.txt', PAGE);
      const bytes = await zip.generateAsync({ type: 'uint8array' });
      expect((await decodeError(decode(bytes))).reason).toBe('unsupported');
    });

    it('rejects a .docx as corrupt when its document part is not valid XML', async () => {
      const zip = new JSZip();
      zip.file('word/document.xml', '<w:document><w:body><w:p>');
      const bytes = await zip.generateAsync({ type: 'uint8array' });
      expect((await decodeError(decode(bytes))).reason).toBe('corrupt');
    });

    it('extracts ASCII and Chinese text from a PDF when it has a text layer', async () => {
      const bytes = minimalPdf(['Foshan trade union', '佛山市总工会召开推进会，技能人才达149.6万人。']);
      expect(await decode(bytes)).toEqual({
        text: 'Foshan trade union\n佛山市总工会召开推进会，技能人才达149.6万人。',
        encoding: 'utf-8',
        format: 'pdf',
      });
    });

    it('does not detach the caller’s buffer when reading a PDF', async () => {
      const bytes = minimalPdf(['Hello']);
      await decode(bytes);
      expect(bytes.byteLength).toBeGreaterThan(0);
    });

    it('rejects a PDF as corrupt when the file is cut short', async () => {
      const bytes = minimalPdf(['Foshan trade union']).subarray(0, 200);
      expect((await decodeError(decode(bytes))).reason).toBe('corrupt');
    });

    it('rejects a file as corrupt when it is named .pdf but is not a PDF', async () => {
      expect((await decodeError(decode(utf8(PAGE), { key: 'uploads/page.pdf' }))).reason).toBe('corrupt');
    });
  });

  describe('rejections', () => {
    it('rejects an empty file as empty', async () => {
      const error = await decodeError(decode(new Uint8Array()));
      expect(error.reason).toBe('empty');
      expect(error.message).toBe('The file is empty.');
    });

    it('rejects a whitespace-only file as empty when it holds only spaces, newlines and ideographic spaces', async () => {
      expect((await decodeError(decode(utf8(' \r\n\t\u3000\n')))).reason).toBe('empty');
    });

    it('rejects a file as too large when it exceeds the default 5 MiB limit', async () => {
      const error = await decodeError(decode(new Uint8Array(5 * 1024 * 1024 + 1).fill(0x41)));
      expect(error.reason).toBe('too-large');
      expect(error.message).toContain('the limit is 5.0 MiB');
    });

    it('rejects a file as too large when it exceeds maxBytes', async () => {
      expect((await decodeError(decode(utf8(PAGE), { maxBytes: 16 }))).reason).toBe('too-large');
    });

    it('rejects PNG bytes as binary when an image is uploaded instead of text', async () => {
      const png = Uint8Array.from([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
      ]);
      const error = await decodeError(decode(png, { key: 'page.txt' }));
      expect(error.reason).toBe('binary');
      expect(error.message).toContain('PNG image');
    });

    it('rejects JPEG bytes as binary when a photo of the page is uploaded', async () => {
      expect((await decodeError(decode(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46])))).reason).toBe(
        'binary',
      );
    });

    it('rejects data with NUL bytes spread evenly as binary when it is not UTF-16', async () => {
      const bytes = Uint8Array.from({ length: 512 }, (_, i) => (i * 7919) % 256);
      expect((await decodeError(decode(bytes))).reason).toBe('binary');
    });

    it('rejects data full of control characters as binary when it has no NUL bytes', async () => {
      const bytes = Uint8Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 + (i % 8) : 0x41));
      expect((await decodeError(decode(bytes))).reason).toBe('binary');
    });

    it('rejects a legacy .doc as unsupported when it is an OLE compound file', async () => {
      const doc = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
      expect((await decodeError(decode(doc))).reason).toBe('unsupported');
    });

    it('rejects text as corrupt when it is mostly replacement characters', async () => {
      expect((await decodeError(decode(utf8('\uFFFD\uFFFD\uFFFD佛\uFFFD\uFFFD')))).reason).toBe('corrupt');
    });

    it('rejects text as corrupt when it is mostly 锟斤拷 mojibake', async () => {
      expect((await decodeError(decode(iconv.encode('锟斤拷锟斤拷锟斤拷佛山', 'gbk')))).reason).toBe('corrupt');
    });
  });
});
