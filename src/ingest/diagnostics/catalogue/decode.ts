import type { DiagnosticDefinition } from '../diagnostic-definition.ts';

/** Diagnostics raised by the decode stage. */
export const decodeDiagnostics = {
} as const satisfies Record<string, DiagnosticDefinition>;
