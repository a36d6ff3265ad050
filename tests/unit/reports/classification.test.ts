import { describe, expect, test } from 'vitest';
import { deweyPlace, deweyHundreds, deweyTens } from '../../../src/reports/dewey-class.ts';
import { deweyName, deweyNameTables } from '../../../src/reports/ddc-names.ts';
import { lcClass, lcClassName } from '../../../src/reports/lc-classes.ts';

describe('deweyPlace', () => {
  test.each([
    { given: '297.1', want: { hundred: '200', ten: '290' } },
    { given: '٨٩٢٫٧', want: { hundred: '800', ten: '890' } },
    { given: '۹۵۳', want: { hundred: '900', ten: '950' } },
    { given: '[016.297]', want: { hundred: '000', ten: '010' } },
    { given: '2X0', want: undefined },
    { given: 'R 610', want: undefined },
    { given: '', want: undefined },
  ])('places $given', ({ given, want }) => {
    expect(deweyPlace(given)).toEqual(want);
  });
});

describe('Dewey names', () => {
  test('name every main class and every division in Arabic and English', () => {
    for (const code of [...deweyHundreds, ...deweyTens]) {
      expect(deweyName(code, 'ar'), code).toMatch(/[\u0600-\u06FF]/);
      expect(deweyName(code, 'en'), code).toMatch(/[A-Za-z]/);
    }
    expect(Object.keys(deweyNameTables.divisions)).toHaveLength(100);
  });

  test('name a division apart from its main class', () => {
    expect(deweyName('300', 'en')).toBe('Social sciences');
    expect(deweyName('290', 'en')).toBe('Other religions');
    expect(deweyName('290', 'ar')).toBe('الديانات الأخرى');
  });
});

describe('lcClass', () => {
  test.each([
    { given: 'BP130.4 .A1', want: 'B' },
    { given: 'KBP 144', want: 'K' },
    { given: 'z674.75', want: 'Z' },
    { given: 'I100', want: undefined },
    { given: '297.1', want: undefined },
  ])('takes the main class of $given', ({ given, want }) => {
    expect(lcClass(given)).toBe(want);
  });

  test('names the main classes in both languages', () => {
    expect(lcClassName('K', 'en')).toBe('Law');
    expect(lcClassName('K', 'ar')).toBe('القانون');
  });
});
