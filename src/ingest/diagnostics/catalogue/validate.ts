import type { DiagnosticDefinition } from '../diagnostic-definition.ts';

/** Diagnostics raised by the validate stage. */
export const validateDiagnostics = {
  'record.rejected': {
    severity: 'error',
    en: {
      message: 'Record rejected: {reason}',
      advice: 'Fix the record in your library system and export it again; its raw bytes are in the rejection report.',
    },
    ar: {
      message: 'رُفضت التسجيلة: {reason}',
      advice: 'صحّح التسجيلة في نظام مكتبتك ثم صدّرها من جديد؛ بايتاتها الأصلية محفوظة في تقرير الرفض.',
    },
  },
} as const satisfies Record<string, DiagnosticDefinition>;
