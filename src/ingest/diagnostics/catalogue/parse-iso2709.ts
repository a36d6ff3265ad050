import type { DiagnosticDefinition } from '../diagnostic-definition.ts';

/** Diagnostics raised by the parse-iso2709 reader/stage. */
export const parseIso2709Diagnostics = {
} as const satisfies Record<string, DiagnosticDefinition>;
