import type { DiagnosticDefinition } from '../diagnostic-definition.ts';

/** Diagnostics raised by the model reader/stage. */
export const modelDiagnostics = {
} as const satisfies Record<string, DiagnosticDefinition>;
