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

// A comment, or a tag whose quoted attribute values are read whole (a ">" inside quotes does
// not end it; an unclosed quote runs to the end of the page, as a browser reads it).
const tagPattern = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']+|"[^"]*"|'[^']*'|"[^"]*$|'[^']*$)*)(?:>|$)/g;

/**
 * Calls `visit` with each tag of the page in order, until it returns false. One regular
 * expression does the walk: it runs over every page of the site, and a loop over each
 * character cost more than rendering the page.
 */
export function forEachTag(html: string, visit: (tag: Tag) => boolean | void): void {
  const pattern = new RegExp(tagPattern);
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(html)) !== null) {
    const [whole, closing, rawName, attributes] = match;
    if (rawName === undefined) continue;
    const name = rawName.toLowerCase();
    const tag: Tag = { name, closing: closing === '/', start: match.index, end: match.index + whole.length, attributes };
    if (!tag.closing && (name === 'script' || name === 'style')) {
      const stop = rawTextEnd(html, name, tag.end);
      tag.text = html.slice(tag.end, stop);
      pattern.lastIndex = stop;
    }
    if (visit(tag) === false) return;
  }
}

/**
 * Where the raw text of a <script> or <style> element that starts at `from` ends (its
 * closing tag, any case), or the end of the page.
 */
export function rawTextEnd(html: string, tag: 'script' | 'style', from: number): number {
  const close = new RegExp(`</${tag}`, 'ig');
  close.lastIndex = from;
  return close.exec(html)?.index ?? html.length;
}
