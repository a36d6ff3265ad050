import type { DiagnosticDefinition } from '../diagnostic-definition.ts';

/** Diagnostics raised by the merge stage. */
export const mergeDiagnostics = {
} as const satisfies Record<string, DiagnosticDefinition>;
