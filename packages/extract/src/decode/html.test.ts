import { describe, expect, it } from 'vitest';
import { declaredCharset, htmlToText } from './html.ts';

describe('htmlToText', () => {
  it('joins source lines without a space when the wrap falls between two Chinese characters', () => {
    expect(htmlToText('<p>佛山市总\n      工会</p>')).toBe('佛山市总工会');
  });

  it('keeps one space when the wrap falls between Latin words', () => {
    expect(htmlToText('<p>trade\n  union</p>')).toBe('trade union');
  });

  it('drops comments, scripts and styles when they contain text-like content', () => {
    expect(htmlToText('<!-- 注释 --><style>p::after{content:"x"}</style><p>正文</p><script>alert("y")</script>')).toBe(
      '正文',
    );
  });

  it('keeps a tag whose quoted attribute contains > from leaking into the text', () => {
    expect(htmlToText('<p title="a > b">正文</p>')).toBe('正文');
  });

  it('keeps table rows on separate lines and cells on one line', () => {
    expect(htmlToText('<table><tr><td>项目</td><td>人数</td></tr><tr><td>培训</td><td>300</td></tr></table>')).toBe(
      '项目 人数\n培训 300',
    );
  });

  it('decodes entities after stripping tags so escaped markup stays text', () => {
    expect(htmlToText('<p>&lt;b&gt;不是标签&lt;/b&gt;&#12290;</p>')).toBe('<b>不是标签</b>。');
  });
});

describe('declaredCharset', () => {
  it('reads the HTML5 form when the page has <meta charset>', () => {
    expect(declaredCharset('<html><head><meta charset="GBK"></head>')).toBe('gbk');
  });

  it('reads the http-equiv form when the charset is inside content', () => {
    expect(declaredCharset('<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />')).toBe('gb2312');
  });

  it('returns undefined when the page declares nothing', () => {
    expect(declaredCharset('<html><body>正文</body></html>')).toBeUndefined();
  });
});
