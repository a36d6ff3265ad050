import type { DiagnosticDefinition } from '../diagnostic-definition.ts';

/** Diagnostics raised by the spreadsheet reader (CSV and XLSX deposits of small libraries). */
export const spreadsheetDiagnostics = {
  'spreadsheet.read-as-windows-1256': {
    severity: 'warning',
    en: {
      message: 'This file is not valid UTF-8; it was read as Windows-1256 (Arabic Windows), the encoding older Excel versions save CSV in.',
      advice: 'Check a few Arabic titles in the catalogue. Next time, save from Excel as "CSV UTF-8 (comma delimited)" or upload the .xlsx file itself.',
    },
    ar: {
      message: 'هذا الملف ليس بترميز UTF-8؛ فقُرئ بترميز Windows-1256 (العربية في ويندوز)، وهو الترميز الذي تحفظ به إصدارات إكسل القديمة ملفات CSV.',
      advice: 'تحقّق من بعض العناوين العربية في الفهرس. وفي المرة القادمة احفظ الملف من إكسل بصيغة «CSV UTF-8 (محدد بفاصلة)» أو ارفع ملف ‎.xlsx‎ نفسه.',
    },
  },
  'spreadsheet.read-as-utf-16': {
    severity: 'info',
    en: {
      message: 'This file is UTF-16 text (Excel\'s "Unicode Text" export); it was read as such.',
      advice: 'Nothing to do. "CSV UTF-8" or .xlsx files are smaller, if you prefer.',
    },
    ar: {
      message: 'هذا الملف نص بترميز UTF-16 (تصدير «نص يونيكود» من إكسل)؛ وقد قُرئ على هذا الأساس.',
      advice: 'لا شيء مطلوب. ملفات «CSV UTF-8» أو ‎.xlsx‎ أصغر حجمًا إن شئت.',
    },
  },
  'spreadsheet.unknown-column': {
    severity: 'warning',
    en: {
      message: 'The column "{column}" is not one Fihris knows; its values were ignored.',
      advice: 'Rename the column to one of: {accepted}.',
    },
    ar: {
      message: 'العمود «{column}» ليس من الأعمدة التي يعرفها فهرس؛ فأُهملت قيمه.',
      advice: 'غيّر اسم العمود إلى أحد هذه الأسماء: {accepted}.',
    },
  },
  'spreadsheet.row-without-title': {
    severity: 'error',
    en: {
      message: 'Row {row} has no title in the column "{column}"; the row was not added to the catalogue.',
      advice: 'Type the book\'s title in row {row} of the spreadsheet and upload it again.',
    },
    ar: {
      message: 'الصف {row} بلا عنوان في العمود «{column}»؛ فلم يُضف إلى الفهرس.',
      advice: 'اكتب عنوان الكتاب في الصف {row} من الجدول ثم ارفعه من جديد.',
    },
  },
  'spreadsheet.copies-not-a-number': {
    severity: 'warning',
    en: {
      message: 'Row {row}: the number of copies "{value}" is not a whole number; 1 copy was assumed.',
      advice: 'Write the number of copies as digits (1, 2, 3 …) in the column "{column}".',
    },
    ar: {
      message: 'الصف {row}: عدد النسخ «{value}» ليس عددًا صحيحًا؛ فاعتُبر نسخة واحدة.',
      advice: 'اكتب عدد النسخ أرقامًا (1، 2، 3 …) في العمود «{column}».',
    },
  },
  'spreadsheet.unknown-language': {
    severity: 'warning',
    en: {
      message: 'Row {row}: the language "{value}" was not recognised; the record is marked "undetermined".',
      advice: 'Write the language as عربي, English, Français, or a MARC code such as ara, eng, fre.',
    },
    ar: {
      message: 'الصف {row}: لم تُعرف اللغة «{value}»؛ فعُلّمت التسجيلة بأنها غير محددة اللغة.',
      advice: 'اكتب اللغة هكذا: عربي، أو إنجليزي، أو فرنسي، أو برمز مارك مثل ara وeng وfre.',
    },
  },
  'spreadsheet.csv-malformed': {
    severity: 'error',
    en: {
      message: 'The CSV file cannot be read past line {line}: {detail}',
      advice: 'Open the file in Excel, check the row near line {line} (often an unclosed quotation mark), save it again and upload it.',
    },
    ar: {
      message: 'تعذّرت قراءة ملف CSV بعد السطر {line}: {detail}',
      advice: 'افتح الملف في إكسل وراجع الصف القريب من السطر {line} (غالبًا علامة تنصيص لم تُغلق)، ثم احفظه وارفعه من جديد.',
    },
  },
  'spreadsheet.xlsx-unreadable': {
    severity: 'error',
    en: {
      message: 'The Excel file cannot be opened: {detail}',
      advice: 'Open it in Excel, save it again as .xlsx (Excel Workbook) and upload it; or save it as "CSV UTF-8".',
    },
    ar: {
      message: 'تعذّر فتح ملف إكسل: {detail}',
      advice: 'افتحه في إكسل واحفظه من جديد بصيغة ‎.xlsx‎ (مصنّف إكسل) ثم ارفعه؛ أو احفظه بصيغة «CSV UTF-8».',
    },
  },
} as const satisfies Record<string, DiagnosticDefinition>;
