/**
 * Reading the tags of a page we rendered, quote-aware: a value from the data may hold "<" or
 * "</head>" inside an attribute (og:title is data, and Astro does not escape "<" there), so
 * a plain search for a tag could land inside an attribute value.
 */

/** Index of the ">" that ends a start tag, skipping quoted attribute values. */
export function tagEnd(html: string, from: number): number {
  let quote = '';
  for (let i = from; i < html.length; i++) {
    const char = html[i];
    if (quote) { if (char === quote) quote = ''; }
    else if (char === '"' || char === "'") quote = char;
    else if (char === '>') return i;
  }
  return html.length;
}

/**
 * Index of the real `</head>` of a page: the tags are walked, and the text of <script> and
 * <style> skipped, so no attribute value or JSON-LD string can stand in for it; -1 if none.
 * @example closingHeadIndex('<html><head><title>x</title></head><body>') // 28
 */
export function closingHeadIndex(html: string): number {
  let at = 0;
  while ((at = html.indexOf('<', at)) !== -1) {
    if (html.startsWith('</head>', at)) return at;
    if (html.startsWith('<body', at)) return -1;
    const [, closing, name] = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(at, at + 40)) ?? [];
    if (!name) { at++; continue; }
    at = tagEnd(html, at + 1) + 1;
    const tag = name.toLowerCase();
    if (!closing && (tag === 'script' || tag === 'style')) at = rawTextEnd(html, tag, at);
  }
  return -1;
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
