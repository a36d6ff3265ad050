import { describe, expect, test } from 'vitest';
import type { Diagnostic } from '../../../src/ingest/diagnostics/diagnostic.ts';
import { describeDiagnostic, formatDiagnostic } from '../../../src/ingest/diagnostics/format-diagnostic.ts';
import { diagnosticCatalogue } from '../../../src/ingest/diagnostics/diagnostic-catalogue.ts';
import { diagnosticSummary } from '../../../src/ingest/emit/diagnostics-report.ts';

const missingTitle: Diagnostic = {
  code: 'validate.missing-title', severity: 'error', libraryCode: 'nizwa', file: 'libraries/nizwa/catalogue.mrc',
  recordNumber: 12, byteOffset: 20480, tag: '245',
};

describe('formatDiagnostic', () => {
  test('says where, what and what to do, in English', () => {
    expect(formatDiagnostic(missingTitle, 'en')).toBe(
      'libraries/nizwa/catalogue.mrc, record 12, byte 20480, field 245: error: The record has no title (245 $a is missing or empty). '
      + 'Add the title proper in 245 $a in your library system; a record without a title cannot be shown or found.');
  });

  test('says the same in Arabic', () => {
    expect(formatDiagnostic(missingTitle, 'ar')).toBe(
      'libraries/nizwa/catalogue.mrc, تسجيلة 12, بايت 20480, حقل 245: error: التسجيلة بلا عنوان (الحقل 245 $a مفقود أو فارغ). '
      + 'أضف العنوان الأساسي في 245 $a في نظام مكتبتك؛ فالتسجيلة بلا عنوان لا يمكن عرضها ولا العثور عليها.');
  });

  test('fills placeholders from params', () => {
    const repeated: Diagnostic = { code: 'validate.repeated-title', severity: 'warning', file: 'f.mrc', params: { count: 3 } };
    expect(describeDiagnostic(repeated, 'en').message).toBe('The record has 3 title fields (245); only the first is used.');
  });
});

describe('the diagnostics catalogue', () => {
  test('has a message and advice in Arabic and English for every code', () => {
    for (const [code, definition] of Object.entries(diagnosticCatalogue)) {
      for (const language of ['ar', 'en'] as const) {
        expect(definition[language].message, `${code} ${language}`).not.toBe('');
        expect(definition[language].advice, `${code} ${language}`).not.toBe('');
      }
      expect(definition.ar.message, code).toMatch(/[\u0600-\u06ff]/);
    }
  });
});

describe('diagnosticSummary', () => {
  test('counts by severity and lists errors first with examples', () => {
    const warning: Diagnostic = { code: 'validate.repeated-title', severity: 'warning', file: 'f.mrc', params: { count: 2 } };
    const summary = diagnosticSummary([warning, missingTitle, missingTitle], 'en').split('\n');
    expect(summary[0]).toBe('errors: 2, warnings: 1, notes: 0');
    expect(summary[2]).toBe('error validate.missing-title × 2');
    expect(summary.findIndex((l) => l.startsWith('warning'))).toBeGreaterThan(2);
  });

  test('says there is nothing to fix when there is nothing', () => {
    expect(diagnosticSummary([], 'ar')).toBe('لا توجد ملاحظات.');
  });
});
