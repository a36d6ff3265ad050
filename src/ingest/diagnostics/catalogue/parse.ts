import type { DiagnosticDefinition } from '../diagnostic-definition.ts';

/** Diagnostics raised by the parse stage. */
export const parseDiagnostics = {
} as const satisfies Record<string, DiagnosticDefinition>;
