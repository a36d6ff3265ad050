/**
 * Reading the tags of a page we rendered, quote-aware: a value from the data may hold "<" or
 * "</head>" inside an attribute (og:title is data, and Astro does not escape "<" there), so
 * a plain search for a tag could land inside an attribute value.
 */

/**
 * Index of the real `</head>` of a page: the tags are walked, and the text of <script> and
 * <style> skipped, so no attribute value or JSON-LD string can stand in for it; -1 if none.
 * @example closingHeadIndex('<html><head><title>x</title></head><body>') // 28
 */
export function closingHeadIndex(html: string): number {
  let found = -1;
  forEachTag(html, (tag) => {
    if (tag.closing && tag.name === 'head') found = tag.start;
    return found === -1 && !(tag.name === 'body' && !tag.closing);
  });
  return found;
}

export interface Tag {
  /** Lower-case tag name. */
  name: string;
  closing: boolean;
  /** Index of its "<", and of the character after its ">". */
  start: number;
  end: number;
  /** The text between the name and the ">". */
  attributes: string;
  /** For <script> and <style>: their text, up to the closing tag. */
  text?: string;
}

const greaterThan = 0x3e;
const slash = 0x2f;
const doubleQuote = 0x22;
const singleQuote = 0x27;

const isLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isNameCharacter = (c: number) => isLetter(c) || (c >= 0x30 && c <= 0x39) || c === 0x2d;

/**
 * Calls `visit` with each tag of the page in order, until it returns false. What is a tag:
 * "<", an optional "/", a letter, then letters, digits and "-"; its attributes run to the
 * first ">" outside quotes (a ">" inside a quoted value does not end it; an unclosed quote runs
 * to the end of the page, as a browser reads it). A comment runs from "<!--" to "-->"; the text
 * of a <script> or <style> to its closing tag. Text between tags is skipped with indexOf and
 * only a tag's own characters are looked at one by one: it runs over every page of the site
 * (the regular expression it replaced was 6% of a render worker's time).
 */
export function forEachTag(html: string, visit: (tag: Tag) => boolean | void): void {
  const length = html.length;
  let at = html.indexOf('<');
  while (at !== -1) {
    if (html.startsWith('<!--', at)) {
      const close = html.indexOf('-->', at + 4);
      if (close === -1) return;
      at = html.indexOf('<', close + 3);
      continue;
    }
    const closing = html.charCodeAt(at + 1) === slash;
    const nameStart = at + (closing ? 2 : 1);
    if (!isLetter(html.charCodeAt(nameStart))) {
      at = html.indexOf('<', at + 1);
      continue;
    }
    let nameEnd = nameStart + 1;
    while (nameEnd < length && isNameCharacter(html.charCodeAt(nameEnd))) nameEnd++;
    let cursor = nameEnd;
    let attributesEnd = length;
    let end = length;
    while (cursor < length) {
      const c = html.charCodeAt(cursor);
      if (c === greaterThan) {
        attributesEnd = cursor;
        end = cursor + 1;
        break;
      }
      if (c === doubleQuote || c === singleQuote) {
        const closeQuote = html.indexOf(c === doubleQuote ? '"' : "'", cursor + 1);
        if (closeQuote === -1) break;
        cursor = closeQuote + 1;
      } else {
        cursor++;
      }
    }
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    const tag: Tag = { name, closing, start: at, end, attributes: html.slice(nameEnd, attributesEnd) };
    let next = end;
    if (!closing && (name === 'script' || name === 'style')) {
      next = rawTextEnd(html, name, end);
      tag.text = html.slice(end, next);
    }
    if (visit(tag) === false || next >= length) return;
    at = html.indexOf('<', next);
  }
}

const closingTags = { script: /<\/script/gi, style: /<\/style/gi };

/**
 * Where the raw text of a <script> or <style> element that starts at `from` ends (its
 * closing tag, any case), or the end of the page.
 */
export function rawTextEnd(html: string, tag: 'script' | 'style', from: number): number {
  const close = closingTags[tag];
  close.lastIndex = from;
  return close.exec(html)?.index ?? html.length;
}
