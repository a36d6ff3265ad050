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
  'validate.missing-title': {
    severity: 'error',
    en: {
      message: 'The record has no title (245 $a is missing or empty).',
      advice: 'Add the title proper in 245 $a in your library system; a record without a title cannot be shown or found.',
    },
    ar: {
      message: 'التسجيلة بلا عنوان (الحقل 245 $a مفقود أو فارغ).',
      advice: 'أضف العنوان الأساسي في 245 $a في نظام مكتبتك؛ فالتسجيلة بلا عنوان لا يمكن عرضها ولا العثور عليها.',
    },
  },
  'validate.repeated-title': {
    severity: 'warning',
    en: {
      message: 'The record has {count} title fields (245); only the first is used.',
      advice: 'Keep one 245 and move other titles to 246 (variant title) or 740.',
    },
    ar: {
      message: 'في التسجيلة {count} من حقول العنوان (245)؛ يُستعمل الأول فقط.',
      advice: 'أبقِ حقل 245 واحدًا وانقل العناوين الأخرى إلى 246 (عنوان مختلف) أو 740.',
    },
  },
} as const satisfies Record<string, DiagnosticDefinition>;
