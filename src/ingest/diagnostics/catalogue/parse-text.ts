import type { DiagnosticDefinition } from '../diagnostic-definition.ts';

/** Diagnostics raised by the parse-text reader/stage. */
export const parseTextDiagnostics = {
} as const satisfies Record<string, DiagnosticDefinition>;
