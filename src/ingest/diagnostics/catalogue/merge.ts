import type { DiagnosticDefinition } from '../diagnostic-definition.ts';

/** Diagnostics raised by the merge stage. */
export const mergeDiagnostics = {
  'merge.isbn-shared-by-different-records': {
    severity: 'warning',
    en: {
      message: 'ISBN {isbn} is on {records} records that are not the same book (different volumes or titles), e.g. "{title}"; it is not used to merge any of them.',
      advice: 'Check the ISBN in 020 against the book in hand: give each volume its own ISBN, and move a set ISBN to 020 $z or a note.',
    },
    ar: {
      message: 'الردمك {isbn} موجود في {records} تسجيلات ليست للكتاب نفسه (أجزاء أو عناوين مختلفة)، مثل «{title}»؛ لذا لا يُستخدم لدمج أيٍّ منها.',
      advice: 'طابِق الردمك في الحقل 020 مع الكتاب نفسه: ضع لكل جزء ردمكه الخاص، وانقل ردمك المجموعة إلى 020 $z أو إلى ملاحظة.',
    },
  },
  'merge.duplicate-in-library': {
    severity: 'warning',
    en: {
      message: 'This record looks like a duplicate of record {other} ({otherFile}#{otherRecordNumber}) in the same library, matched by {rule}: "{title}". Both are kept as separate records.',
      advice: 'If they are the same edition, merge them in your library system and move the items to one record; if they differ, make the difference visible (edition, volume, date).',
    },
    ar: {
      message: 'تبدو هذه التسجيلة مكررة للتسجيلة {other} ({otherFile}#{otherRecordNumber}) في المكتبة نفسها، بمطابقة {rule}: «{title}». أُبقيت التسجيلتان منفصلتين.',
      advice: 'إن كانتا للطبعة نفسها فادمجهما في نظام مكتبتك وانقل النسخ إلى تسجيلة واحدة؛ وإن اختلفتا فبيّن الفرق (الطبعة أو الجزء أو التاريخ).',
    },
  },
} as const satisfies Record<string, DiagnosticDefinition>;
