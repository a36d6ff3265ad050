import type { Diagnostic, Severity } from '../diagnostics/diagnostic.ts';
import { describeDiagnostic, formatDiagnostic, type ReportLanguage } from '../diagnostics/format-diagnostic.ts';

/** diagnostics.jsonl: one diagnostic per line, with its words in both languages. */
export function* diagnosticJsonLines(diagnostics: Iterable<Diagnostic>): Generator<string> {
  for (const d of diagnostics) {
    yield JSON.stringify({ ...d, ar: describeDiagnostic(d, 'ar'), en: describeDiagnostic(d, 'en') });
  }
}

const severityOrder: Severity[] = ['error', 'warning', 'info'];

/**
 * A readable summary: counts by severity and code, then up to `examplesPerCode` located
 * examples of each code, so a librarian sees the pattern before the list.
 */
export function diagnosticSummary(diagnostics: Diagnostic[], language: ReportLanguage, examplesPerCode = 3): string {
  if (diagnostics.length === 0) return language === 'ar' ? 'لا توجد ملاحظات.' : 'No problems found.';
  const byCode = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) byCode.set(d.code, [...(byCode.get(d.code) ?? []), d]);
  const codes = [...byCode.keys()].sort((a, b) =>
    severityOrder.indexOf(byCode.get(a)![0].severity) - severityOrder.indexOf(byCode.get(b)![0].severity)
    || byCode.get(b)!.length - byCode.get(a)!.length || a.localeCompare(b));
  const lines = [countLine(diagnostics, language)];
  for (const code of codes) {
    const group = byCode.get(code)!;
    lines.push('', `${group[0].severity} ${code} × ${group.length}`);
    for (const d of group.slice(0, examplesPerCode)) lines.push(`  ${formatDiagnostic(d, language)}`);
  }
  return lines.join('\n');
}

function countLine(diagnostics: Diagnostic[], language: ReportLanguage): string {
  const count = (s: Severity) => diagnostics.filter((d) => d.severity === s).length;
  return language === 'ar'
    ? `أخطاء: ${count('error')}، تحذيرات: ${count('warning')}، ملاحظات: ${count('info')}`
    : `errors: ${count('error')}, warnings: ${count('warning')}, notes: ${count('info')}`;
}
