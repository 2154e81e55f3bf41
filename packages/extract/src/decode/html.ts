import { decodeHTML } from 'entities';

/** Elements whose content is never page text. */
const DROPPED_ELEMENTS = ['script', 'style', 'noscript', 'template', 'head', 'svg', 'iframe', 'object', 'textarea'];

/** Elements that start a new paragraph: separated by a blank line, like the plain-text reports. */
const PARAGRAPH_ELEMENTS = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'nav',
  'blockquote',
  'pre',
  'table',
  'ul',
  'ol',
  'dl',
  'figure',
  'figcaption',
  'hr',
  'address',
  'form',
  'fieldset',
  'center',
]);

/** Elements that start a new line but not a new paragraph; only their start tag breaks, so `</li><li>` is one break. */
const LINE_ELEMENTS = new Set(['br', 'li', 'tr', 'dt', 'dd', 'caption', 'option']);

/** Cells stay on their row's line, separated by a space. */
const CELL_ELEMENTS = new Set(['td', 'th']);

/** A start or end tag, with quoted attribute values allowed to contain `>`. */
const TAG = /<(\/?)([a-zA-Z][\w:-]*)(?:[^>"']|"[^"]*"|'[^']*')*>/g;

/** Private-use markers for breaks, so whitespace collapsing can run before they become newlines. */
const PARAGRAPH_MARK = '\uE000';
const LINE_MARK = '\uE001';

const CJK = '\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
/** Source line breaks between two CJK characters are editor wrapping, not spaces. */
const CJK_WRAP = new RegExp(`([${CJK}])[ \\t\\f]*[\\r\\n][\\s]*(?=[${CJK}])`, 'g');

/**
 * The charset an HTML document declares in `<meta charset>` or
 * `<meta http-equiv="Content-Type" content="…; charset=…">`, if any. Works on text decoded with
 * any ASCII-compatible guess, since the declaration itself is ASCII.
 *
 * @example
 * declaredCharset('<meta charset="gb2312">') // 'gb2312'
 */
export function declaredCharset(html: string): string | undefined {
  const head = html.slice(0, 4096);
  const match = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return match?.[1]?.toLowerCase();
}

/**
 * Reduces an HTML page to its text: drops scripts, styles and the head, turns block elements into
 * line breaks (paragraphs and headings into blank-line-separated paragraphs, `<br>` and `<li>` into
 * single newlines), collapses source whitespace and decodes entities.
 *
 * @example
 * htmlToText('<h1>推进会</h1><p>佛山&nbsp;召开</p><p>第二段<br>下一行</p>')
 * // '推进会\n\n佛山 召开\n\n第二段\n下一行'
 */
export function htmlToText(html: string): string {
  let body = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1');
  for (const name of DROPPED_ELEMENTS) {
    body = body.replace(new RegExp(`<${name}\\b[^>]*>[\\s\\S]*?</${name}\\s*>`, 'gi'), ' ');
  }
  // Doctype, processing instructions and stray declarations carry no text.
  body = body.replace(/<[!?][^>]*>/g, '');

  body = body.replace(TAG, (_tag, slash: string, rawName: string) => {
    const name = rawName.toLowerCase();
    if (PARAGRAPH_ELEMENTS.has(name)) return PARAGRAPH_MARK;
    if (LINE_ELEMENTS.has(name)) return slash ? '' : LINE_MARK;
    if (CELL_ELEMENTS.has(name)) return ' ';
    return ''; // inline elements (span, a, strong, font …) join their text with no gap
  });

  // Whitespace in markup is not significant: collapse it before entities add meaningful spaces.
  body = body.replace(CJK_WRAP, '$1').replace(/\s+/g, ' ');
  body = decodeHTML(body).replace(/\u00a0/g, ' ');

  const lines = body
    .replaceAll(PARAGRAPH_MARK, '\n\n')
    .replaceAll(LINE_MARK, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim());
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
