import { describe, expect, it } from 'vitest';
import { highlightTitle } from '../../../src/client/search/highlight.ts';
import { queryKeyRuns } from '../../../src/client/search/search-key.ts';

const marked = (title: string, query: string) =>
  highlightTitle(title, queryKeyRuns(query).flat())
    .filter((part) => part.matched)
    .map((part) => part.text);

describe('highlightTitle', () => {
  const cases: { name: string; title: string; query: string; want: string[] }[] = [
    { name: 'marks a word typed without its hamza and taa marbuta', title: 'الأوضاع الاقتصادية في سلطنة عُمان', query: 'الاوضاع الاقتصاديه', want: ['الأوضاع', 'الاقتصادية'] },
    { name: 'marks a word typed without its article', title: 'الأوضاع الاقتصادية في سلطنة عُمان', query: 'اقتصادية', want: ['الاقتصادية'] },
    { name: 'marks a vocalised word from a bare query', title: 'مُقَدِّمَةُ ابْنِ خَلْدُون', query: 'مقدمة', want: ['مُقَدِّمَةُ'] },
    { name: 'marks a word the reader is still typing', title: 'Oman : politics and development', query: 'polit', want: ['politics'] },
    { name: 'marks nothing for a word the title lacks', title: 'ديوان أبي مسلم البهلاني', query: 'تاريخ', want: [] },
  ];
  for (const { name, title, query, want } of cases) it(name, () => expect(marked(title, query)).toEqual(want));

  it('gives back the original title, untouched, when the parts are joined', () => {
    const title = '  مُقَدِّمَةُ   ابْنِ خَلْدُون ';
    expect(highlightTitle(title, ['مقدم']).map((p) => p.text).join('')).toBe(title);
  });

  it('marks nothing for an empty query', () => {
    expect(highlightTitle('Oman', []).some((p) => p.matched)).toBe(false);
  });
});
