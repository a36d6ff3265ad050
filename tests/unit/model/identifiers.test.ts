import { describe, expect, it } from 'vitest';
import { controlNumber, extractIdentifiers, normaliseLccn, normaliseSystemNumber } from '../../../src/ingest/model/identifiers.ts';
import { isbn10To13, isbnDigits, validIsbn13, validIssn } from '../../../src/ingest/model/isbn.ts';
import { marc } from './build-record.ts';

describe('isbnDigits', () => {
  const cases = [
    { given: '978-9948-00-123-4 (pbk.)', want: '9789948001234' },
    { given: '0-19-852663-6', want: '0198526636' },
    { given: '٩٧٨٩٩٤٨٠٠١٢٣٤ (غلاف)', want: '9789948001234' },
    { given: 'ISBN 9953-0-1234-X', want: '995301234X' },
    { given: '978 9948 00 123 4 : 5 ر.ع.', want: '9789948001234' },
    { given: '9789981591572 (ج. 1)', want: '9789981591572' },
    { given: '(ج. 1)', want: '1' },
    { given: 'غلاف', want: undefined },
  ];
  it.each(cases)('reads "$given" as $want', ({ given, want }) => {
    expect(isbnDigits(given)).toBe(want);
  });
});

describe('validIsbn13', () => {
  const cases = [
    { given: '0198526636', want: '9780198526636', why: 'converts a valid ISBN-10 to ISBN-13' },
    { given: '080442957X', want: '9780804429573', why: 'accepts X as the ISBN-10 check digit' },
    { given: '9789948001232', want: '9789948001232', why: 'keeps a valid ISBN-13' },
    // The 020 $z of a real Columbia record (openlibrary 880_arabic_french_many_linkages.mrc): rightly marked invalid.
    { given: '9789981591572', want: undefined, why: 'rejects an ISBN-13 with a wrong check digit' },
    { given: '0198526637', want: undefined, why: 'rejects an ISBN-10 with a wrong check digit' },
    { given: '12345', want: undefined, why: 'rejects a number of the wrong length' },
  ];
  it.each(cases)('$why', ({ given, want }) => {
    expect(validIsbn13(given)).toBe(want);
  });

  it('computes the ISBN-13 check digit afresh when converting', () => {
    expect(isbn10To13('9953012345')).toBe('9789953012346');
  });
});

describe('extractIdentifiers', () => {
  it('keeps valid ISBNs as ISBN-13, deduplicated across 10 and 13 forms', () => {
    const record = marc({ '020': [['  ', 'a', '0-19-852663-6 (pbk.)'], ['  ', 'a', '9780198526636'], ['  ', 'z', '9789981591573']] });
    const { value, problems } = extractIdentifiers(record);
    expect(value.isbn).toEqual(['9780198526636']);
    expect(value.invalidIsbn).toEqual(['9789981591573']);
    expect(problems).toEqual([]);
  });

  it('moves an ISBN failing its check digit to invalidIsbn and says so', () => {
    const { value, problems } = extractIdentifiers(marc({ '020': ['  ', 'a', '978-9948-00-123-5'] }));
    expect(value).toMatchObject({ isbn: [], invalidIsbn: ['9789948001235'] });
    expect(problems).toEqual([{ code: 'model.invalid-isbn', severity: 'warning', tag: '020', params: { isbn: '978-9948-00-123-5' } }]);
  });

  it('reports a 020 $a that has not the length of an ISBN', () => {
    const { problems } = extractIdentifiers(marc({ '020': ['  ', 'a', '99480012'] }));
    expect(problems.map((p) => p.code)).toEqual(['model.malformed-isbn']);
  });

  it('keeps a valid ISSN and reports one failing its check digit', () => {
    const { value, problems } = extractIdentifiers(marc({ '022': [['0 ', 'a', '0378-5955'], ['0 ', 'a', '1234-5678']] }));
    expect(value.issn).toEqual(['0378-5955']);
    expect(problems).toEqual([{ code: 'model.invalid-issn', severity: 'warning', tag: '022', params: { issn: '1234-5678' } }]);
  });

  it('normalises LCCNs and OCLC numbers, and keeps other system numbers as they are', () => {
    const record = marc({
      '010': ['  ', 'a', '  2005336282'],
      '035': [['  ', 'a', '(OCoLC)ocn672263227'], ['  ', 'a', '(OCoLC)672263227'], ['  ', 'a', '(OMSQU)b1234567']],
    });
    const { value } = extractIdentifiers(record);
    expect(value.lccn).toEqual(['2005336282']);
    expect(value.systemNumbers).toEqual(['(OCoLC)672263227', '(OMSQU)b1234567']);
  });
});

describe('validIssn', () => {
  it.each([
    { given: '0378-5955', want: '0378-5955' },
    { given: '2049-3630', want: '2049-3630' },
    { given: '0000006x', want: '0000-006X' },
    { given: '0378-5954', want: undefined },
  ])('reads "$given" as $want', ({ given, want }) => {
    expect(validIssn(given)).toBe(want);
  });
});

describe('normaliseLccn', () => {
  it.each([
    { given: 'n 79-21164', want: 'n79021164' },
    { given: '  2005336282', want: '2005336282' },
    { given: '85-2 ', want: '85000002' },
    { given: 'sn 85-000002 /AC/r86', want: 'sn85000002' },
  ])('normalises "$given" to $want', ({ given, want }) => {
    expect(normaliseLccn(given)).toBe(want);
  });
});

describe('normaliseSystemNumber', () => {
  it.each([
    { given: '(OCoLC)ocm00012345', want: '(OCoLC)12345' },
    { given: '(OCoLC)on1234567890', want: '(OCoLC)1234567890' },
    { given: '(NNC)8480396', want: '(NNC)8480396' },
  ])('normalises "$given" to $want', ({ given, want }) => {
    expect(normaliseSystemNumber(given)).toBe(want);
  });
});

describe('controlNumber', () => {
  it('returns 001 and 003 trimmed, apart from the bibliographic identifiers', () => {
    expect(controlNumber(marc({ '001': '  2005336282', '003': 'DLC' }))).toEqual({ controlNumber: '2005336282', controlNumberIdentifier: 'DLC' });
    expect(controlNumber(marc({}))).toEqual({});
  });
});
