import { describe, expect, it } from 'vitest';
import { closingHeadIndex, rawTextEnd } from '../../../src/site/html-tags.ts';

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
