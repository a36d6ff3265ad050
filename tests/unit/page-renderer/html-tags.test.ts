import { describe, expect, it } from 'vitest';
import { closingHeadIndex, forEachTag, rawTextEnd, type Tag } from '../../../src/site/html-tags.ts';

describe('closingHeadIndex', () => {
  const cases: Array<{ name: string; given: string; want: string | undefined }> = [
    { name: 'finds the end of a plain head', given: '<html><head><title>x</title></head><body>', want: '</head><body>' },
    { name: 'skips a "</head>" written inside an attribute value', given: '<head><meta content="</head><body>"><title>x</title></head><body>', want: '</head><body>' },
    { name: 'skips a "</head>" inside a script', given: '<head><script type="application/ld+json">{"a":"</head>"}</script></head><body>', want: '</head><body>' },
    { name: 'skips a "</head>" inside a style', given: '<head><style>/* </head> */</style></head><body>', want: '</head><body>' },
    { name: 'reads single-quoted attributes too', given: "<head><meta content='</head>'></head><body>", want: '</head><body>' },
    { name: 'says -1 when the body starts first', given: '<html><body></head></body>', want: undefined },
  ];
  for (const { name, given, want } of cases) {
    it(name, () => {
      const at = closingHeadIndex(given);
      expect(at === -1 ? undefined : given.slice(at)).toBe(want);
    });
  }
});

describe('rawTextEnd', () => {
  it('finds the closing tag in any case', () => {
    expect(rawTextEnd('<script>a</SCRIPT>', 'script', 8)).toBe(9);
  });
  it('runs to the end of the page when the element is never closed', () => {
    expect(rawTextEnd('<style>a{}', 'style', 7)).toBe(10);
  });
});

/**
 * The walk as one regular expression did it before the scanner replaced it for speed: the
 * reference the scanner must agree with, tag for tag.
 */
function tagsByRegularExpression(html: string): Tag[] {
  const pattern = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']+|"[^"]*"|'[^']*'|"[^"]*$|'[^']*$)*)(?:>|$)/g;
  const tags: Tag[] = [];
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(html)) !== null) {
    const [whole, closing, rawName, attributes] = match;
    if (rawName === undefined) continue;
    const name = rawName.toLowerCase();
    const tag: Tag = { name, closing: closing === '/', start: match.index, end: match.index + whole.length, attributes };
    if (!tag.closing && (name === 'script' || name === 'style')) {
      const stop = new RegExp(`</${name}`, 'ig');
      stop.lastIndex = tag.end;
      const at = stop.exec(html)?.index ?? html.length;
      tag.text = html.slice(tag.end, at);
      pattern.lastIndex = at;
    }
    tags.push(tag);
  }
  return tags;
}

function tagsOf(html: string): Tag[] {
  const tags: Tag[] = [];
  forEachTag(html, (tag) => void tags.push(tag));
  return tags;
}

/** Deterministic pages made of the pieces that trip tag readers: quotes, comments, raw text, stray "<". */
function trickyPages(count: number): string[] {
  const pieces = ['<', '>', '</', '"', "'", '<!--', '-->', '<!', 'a', 'Script', 'STYLE', 'head', 'body', '=', ' ', '-', '1', 'عمان', '<p', '</p>', '<script>', '</script>', '<style>', '</sTyle>', 'x="<y>"', "z='</head>'"];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  return Array.from({ length: count }, () => Array.from({ length: 1 + (next() % 40) }, () => pieces[next() % pieces.length]).join(''));
}

describe('forEachTag', () => {
  it('reads every tag as the regular expression it replaced did, on 3,000 tricky pages', () => {
    const differing = trickyPages(3000).filter((html) => JSON.stringify(tagsOf(html)) !== JSON.stringify(tagsByRegularExpression(html)));
    expect(differing).toEqual([]);
  });

  it('stops when the visitor says so', () => {
    const names: string[] = [];
    forEachTag('<a><b><c>', (tag) => (names.push(tag.name), tag.name !== 'b'));
    expect(names).toEqual(['a', 'b']);
  });
});
