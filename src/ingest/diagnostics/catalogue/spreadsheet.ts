import type { DiagnosticDefinition } from '../diagnostic-definition.ts';

/** Diagnostics raised by the spreadsheet reader/stage. */
export const spreadsheetDiagnostics = {
} as const satisfies Record<string, DiagnosticDefinition>;
