import type { Diagnostic } from './diagnostic.ts';
import { diagnosticCatalogue } from './diagnostic-catalogue.ts';
import type { DiagnosticText } from './diagnostic-definition.ts';

export type ReportLanguage = 'ar' | 'en';

/** The catalogue's message and advice for this diagnostic, placeholders filled. */
export function describeDiagnostic(diagnostic: Diagnostic, language: ReportLanguage): DiagnosticText {
  const text = diagnosticCatalogue[diagnostic.code][language];
  // {tag} is filled from the diagnostic's own tag unless params name it.
  const params = { ...(diagnostic.tag === undefined ? {} : { tag: diagnostic.tag }), ...diagnostic.params };
  return {
    message: fillPlaceholders(text.message, params),
    advice: fillPlaceholders(text.advice, params),
  };
}

/** One readable line: where, what, what to do. */
export function formatDiagnostic(diagnostic: Diagnostic, language: ReportLanguage): string {
  const { message, advice } = describeDiagnostic(diagnostic, language);
  return `${formatLocation(diagnostic, language)}: ${diagnostic.severity}: ${message} ${advice}`;
}

function formatLocation(d: Diagnostic, language: ReportLanguage): string {
  const words = language === 'ar'
    ? { record: 'تسجيلة', byte: 'بايت', line: 'سطر', field: 'حقل' }
    : { record: 'record', byte: 'byte', line: 'line', field: 'field' };
  const parts = [d.file];
  if (d.recordNumber !== undefined) parts.push(`${words.record} ${d.recordNumber}`);
  if (d.line !== undefined) parts.push(`${words.line} ${d.line}`);
  if (d.byteOffset !== undefined) parts.push(`${words.byte} ${d.byteOffset}`);
  if (d.tag !== undefined) parts.push(`${words.field} ${d.tag}`);
  return parts.join(', ');
}

function fillPlaceholders(template: string, params: Diagnostic['params']): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params && name in params ? String(params[name]) : whole);
}
