import type { DiagnosticDefinition } from '../diagnostic-definition.ts';

/** Diagnostics raised by the profile stage. */
export const profileDiagnostics = {
} as const satisfies Record<string, DiagnosticDefinition>;
