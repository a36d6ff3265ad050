import { describe, expect, it } from 'vitest';
import { modelDiagnostics } from '../../../src/ingest/diagnostics/catalogue/model.ts';
import { describeDiagnostic } from '../../../src/ingest/diagnostics/format-diagnostic.ts';
import { describeRecord } from '../../../src/ingest/model/describe-record.ts';
import { marc } from './build-record.ts';

/** The caller's job, done here as the pipeline does it: a ModelProblem placed in its file. */
function diagnosticsOf(record: ReturnType<typeof marc>) {
  return describeRecord(record).diagnostics.map((problem) => ({ ...problem, file: 'nlo/catalogue.mrc', recordNumber: 7 }));
}

describe('model diagnostics', () => {
  it('tells the library, in English, to check a bad ISBN against the book', () => {
    const [diagnostic] = diagnosticsOf(marc({ '245': ['10', 'a', 'تاريخ عمان'], '020': ['  ', 'a', '9948-00-123-9'] }));
    expect(describeDiagnostic(diagnostic, 'en')).toEqual({
      message: 'ISBN 9948-00-123-9 fails its check digit; it is shown but not used to match this record with other libraries\' copies.',
      advice: 'Check the ISBN against the book\'s copyright page and correct 020 $a; an ISBN that is wrong on the book itself belongs in 020 $z.',
    });
  });

  it('tells the library, in Arabic, that an unsafe link was left out', () => {
    const [diagnostic] = diagnosticsOf(marc({ '245': ['10', 'a', 'تاريخ عمان'], '856': ['40', 'u', 'javascript:alert(1)'] }));
    expect(describeDiagnostic(diagnostic, 'ar')).toEqual({
      message: 'الرابط "javascript:alert(1)" ليس عنوان http أو https فلم يُدرج في الفهرس.',
      advice: 'صحّح 856 $u إلى عنوان الويب الكامل (يبدأ بـ https://) أو احذف الحقل.',
    });
  });

  it('fills every placeholder of every message from the params the model stage gives', () => {
    for (const [code, definition] of Object.entries(modelDiagnostics)) {
      for (const language of ['ar', 'en'] as const) {
        expect(`${code}: ${definition[language].message}`).not.toMatch(/\{(?!isbn|issn|url|library|date|code|linkage)\w+\}/);
        expect(definition[language].advice.length).toBeGreaterThan(20);
      }
    }
  });
});
