import { describe, expect, it } from 'vitest';
import { bibtex, bibtexEscape, citationText, ris } from '../../../src/site/citation.ts';
import { loadSiteData } from '../../../src/site/site-data.ts';
import type { UnionRecord } from '../../../src/shared/catalog-schema.ts';

const record = loadSiteData('tests/fixtures/site').records.find((r) => r.id === 'a1b2c3')!;
const hostile: UnionRecord = structuredClone(record);
hostile.description.title.proper = 'Evil}\n@misc{x, title={pwned}\r\nER  - ';

describe('citationText', () => {
  it('writes author, title, edition, imprint with an Arabic comma, and ISBN in order', () => {
    expect(citationText(record)).toBe(
      'الهاشمي، سعيد بن محمد. الأوضاع الاقتصادية في سلطنة عُمان : دراسة تحليلية للفترة 1970-2000. الطبعة الثانية. مسقط : مكتبة الضامري للنشر والتوزيع، 1421هـ/2000م. ISBN 9789948000001.',
    );
  });
});

describe('ris', () => {
  it('starts with the type and ends with ER', () => {
    const lines = ris(record, 'https://x.om/r/a1b2c3.html').split('\r\n');
    expect(lines[0]).toBe('TY  - BOOK');
    expect(lines).toContain('UR  - https://x.om/r/a1b2c3.html');
    expect(lines.at(-2)).toBe('ER  - ');
  });

  it('keeps a title with line breaks on one line, so it cannot end the record early', () => {
    const lines = ris(hostile).split('\r\n');
    expect(lines.filter((line) => line.startsWith('ER  -'))).toHaveLength(1);
    expect(lines.find((line) => line.startsWith('TI  - '))).toContain('Evil} @misc{x, title={pwned} ER  -');
  });
});

describe('bibtex', () => {
  it('escapes braces so a title cannot close its field or open an entry', () => {
    const entry = bibtex(hostile);
    expect(entry).toContain('title = {Evil\\} @misc\\{x, title=\\{pwned\\} ER  -');
    expect(entry.match(/^@/gm)).toHaveLength(1);
  });

  const cases = [
    { given: '50% & $5 #1 a_b', want: '50\\% \\& \\$5 \\#1 a\\_b' },
    { given: 'a\\b', want: 'a\\textbackslash{}b' },
    { given: 'عمان', want: 'عمان' },
  ];
  for (const { given, want } of cases) {
    it(`escapes ${JSON.stringify(given)}`, () => expect(bibtexEscape(given)).toBe(want));
  }
});
