import { describeDiagnostic } from '../diagnostics/format-diagnostic.ts';
import type { Rejection } from '../diagnostics/rejection.ts';

/**
 * data/rejections.jsonl: every record that did not join the catalogue, with why (in Arabic
 * and English) and its bytes exactly as deposited (base64), so a library can fix and resend it.
 */
export function* rejectionJsonLines(rejections: Iterable<Rejection>): Generator<string> {
  for (const rejection of rejections) {
    yield JSON.stringify({
      libraryCode: rejection.libraryCode,
      file: rejection.file,
      recordNumber: rejection.recordNumber,
      byteOffset: rejection.byteOffset,
      reasons: rejection.diagnostics.map((d) => ({
        code: d.code,
        severity: d.severity,
        tag: d.tag,
        ar: describeDiagnostic(d, 'ar'),
        en: describeDiagnostic(d, 'en'),
      })),
      rawBase64: Buffer.from(rejection.raw).toString('base64'),
    });
  }
}
