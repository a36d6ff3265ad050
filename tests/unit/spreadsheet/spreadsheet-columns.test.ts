import { describe, expect, it } from 'vitest';
import { matchColumn, normaliseHeader } from '../../../src/ingest/parse/spreadsheet-columns.ts';

describe('matchColumn', () => {
  const cases: { given: string; want: string | undefined }[] = [
    { given: 'العنوان', want: 'title' },
    { given: 'Title', want: 'title' },
    { given: '  TITLE ', want: 'title' },
    { given: 'العنوان الفرعي', want: 'subtitle' },
    { given: 'Subtitle', want: 'subtitle' },
    { given: 'المؤلف', want: 'author' },
    { given: 'المُؤَلِّف', want: 'author' },
    { given: 'Author', want: 'author' },
    { given: 'مؤلفون آخرون', want: 'otherAuthors' },
    { given: 'مؤلفون اخرون', want: 'otherAuthors' },
    { given: 'Other authors', want: 'otherAuthors' },
    { given: 'other_authors', want: 'otherAuthors' },
    { given: 'الطبعة', want: 'edition' },
    { given: 'الطبعه', want: 'edition' },
    { given: 'مكان النشر', want: 'place' },
    { given: 'الناشر', want: 'publisher' },
    { given: 'سنة النشر', want: 'year' },
    { given: 'سنه النشر', want: 'year' },
    { given: 'Year', want: 'year' },
    { given: 'ردمك', want: 'isbn' },
    { given: 'ISBN', want: 'isbn' },
    { given: 'الموضوعات', want: 'subjects' },
    { given: 'رقم التصنيف', want: 'dewey' },
    { given: 'Dewey', want: 'dewey' },
    { given: 'اللغة', want: 'language' },
    { given: 'الصفحات', want: 'pages' },
    { given: 'السلسلة', want: 'series' },
    { given: 'رقم الطلب', want: 'callNumber' },
    { given: 'Call number', want: 'callNumber' },
    { given: 'الموقع', want: 'location' },
    { given: 'الفرع', want: 'branch' },
    { given: 'الباركود', want: 'barcode' },
    { given: 'عدد النسخ', want: 'copies' },
    { given: 'Copies', want: 'copies' },
    { given: 'رقم التسجيلة', want: 'recordNumber' },
    { given: 'رقم التسجيله', want: 'recordNumber' },
    { given: 'Record number', want: 'recordNumber' },
    { given: 'ملاحظات', want: undefined },
    { given: 'Notes', want: undefined },
  ];
  it.each(cases)('maps the header "$given" to $want', ({ given, want }) => {
    expect(matchColumn(given)).toBe(want);
  });
});

describe('normaliseHeader', () => {
  it('folds hamza on alef, taa marbuta, alef maqsura, tashkeel, spaces and case alike', () => {
    expect(normaliseHeader('إسم  الكتابة')).toBe(normaliseHeader('اسم الكتابه'));
    expect(normaliseHeader('مُسْتَوَى')).toBe(normaliseHeader('مستوي'));
    expect(normaliseHeader('Call Number')).toBe(normaliseHeader('call_number'));
  });
});
