import type { Diagnostic } from '../ingest/diagnostics/diagnostic.ts';
import type { KeyedDiagnostic } from './catalogue-snapshot.ts';

/**
 * Diagnostics at head whose code and subject (record key, or file and params) did not
 * occur at base: what this pull request brings in, as opposed to what was already there.
 */
export function newDiagnostics(base: KeyedDiagnostic[], head: KeyedDiagnostic[]): Diagnostic[] {
  const before = new Set(base.map(diagnosticKey));
  return head.filter((d) => !before.has(diagnosticKey(d))).map((d) => d.diagnostic);
}

function diagnosticKey({ diagnostic, subject }: KeyedDiagnostic): string {
  return `${diagnostic.code}\t${subject}`;
}
