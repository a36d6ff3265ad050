/**
 * The most frequent diagnostics of one library, each with a few examples and the
 * catalogue's advice in both languages: what to fix first, and how, in the library's system.
 */
import type { Diagnostic } from '../ingest/diagnostics/diagnostic.ts';
import { describeDiagnostic } from '../ingest/diagnostics/format-diagnostic.ts';
import type { DiagnosticDigest } from './report-data.ts';

export interface DigestLimits {
  codes: number;
  examples: number;
}

/**
 * Per library code: its diagnostics grouped by code, most frequent first (ties by code),
 * `limits.codes` codes with `limits.examples` examples each.
 * @example digestDiagnostics(diagnostics, { codes: 5, examples: 3 }).get('squ-main')?.[0].code
 */
export function digestDiagnostics(diagnostics: Diagnostic[], limits: DigestLimits): Map<string, DiagnosticDigest[]> {
  const grouped = new Map<string, Map<string, Diagnostic[]>>();
  for (const diagnostic of diagnostics) {
    if (diagnostic.libraryCode === undefined) continue;
    const byCode = grouped.get(diagnostic.libraryCode) ?? grouped.set(diagnostic.libraryCode, new Map()).get(diagnostic.libraryCode)!;
    const list = byCode.get(diagnostic.code) ?? byCode.set(diagnostic.code, []).get(diagnostic.code)!;
    list.push(diagnostic);
  }
  const digests = new Map<string, DiagnosticDigest[]>();
  for (const [code, byCode] of grouped) {
    const ranked = [...byCode.entries()].sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b));
    digests.set(code, ranked.slice(0, limits.codes).map(([, list]) => digestOne(list, limits.examples)));
  }
  return digests;
}

function digestOne(list: Diagnostic[], exampleCount: number): DiagnosticDigest {
  const first = list[0];
  const ar = describeDiagnostic(first, 'ar');
  const en = describeDiagnostic(first, 'en');
  return {
    code: first.code,
    severity: first.severity,
    count: list.length,
    advice: { ar: ar.advice, en: en.advice },
    examples: list.slice(0, exampleCount).map((d) => ({
      file: d.file,
      ...(d.recordNumber === undefined ? {} : { recordNumber: d.recordNumber }),
      ...(d.tag === undefined ? {} : { tag: d.tag }),
      message: { ar: describeDiagnostic(d, 'ar').message, en: describeDiagnostic(d, 'en').message },
    })),
  };
}
