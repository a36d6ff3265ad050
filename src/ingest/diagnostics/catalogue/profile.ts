import type { DiagnosticDefinition } from '../diagnostic-definition.ts';

/** Diagnostics about a library's folder and its library.yml profile. */
export const profileDiagnostics = {
  'profile.missing': {
    severity: 'error',
    en: {
      message: 'The folder has no library.yml profile.',
      advice: 'Copy library.yml from another library folder into this one and change every field to your library\'s details.',
    },
    ar: {
      message: 'لا يحتوي المجلد على ملف التعريف library.yml.',
      advice: 'انسخ ملف library.yml من مجلد مكتبة أخرى إلى هذا المجلد وغيّر كل حقل فيه إلى بيانات مكتبتك.',
    },
  },
  'profile.unreadable-yaml': {
    severity: 'error',
    en: {
      message: 'library.yml is not valid YAML: {reason}',
      advice: 'Check the indentation (spaces, not tabs) and that every "key: value" is on its own line; compare with the example in CONTRIBUTING.md.',
    },
    ar: {
      message: 'ملف library.yml ليس بصيغة YAML صحيحة: {reason}',
      advice: 'تحقق من المسافات البادئة (مسافات لا علامات جدولة) ومن أن كل «مفتاح: قيمة» في سطر مستقل؛ وقارن بالمثال في CONTRIBUTING.md.',
    },
  },
  'profile.invalid-field': {
    severity: 'error',
    en: {
      message: 'library.yml: the field "{field}" is not valid: {reason}',
      advice: 'Correct "{field}". A valid example: {example}',
    },
    ar: {
      message: 'library.yml: الحقل «{field}» غير صحيح: {reasonAr}',
      advice: 'صحّح «{field}». مثال صحيح: {example}',
    },
  },
  'profile.code-mismatch': {
    severity: 'error',
    en: {
      message: 'library.yml says code "{code}" but the folder is named "{folder}".',
      advice: 'Make the folder name and the code the same (lowercase letters, digits and hyphens).',
    },
    ar: {
      message: 'يذكر ملف library.yml الرمز «{code}» بينما اسم المجلد «{folder}».',
      advice: 'اجعل اسم المجلد والرمز متطابقين (حروف لاتينية صغيرة وأرقام وشرطات).',
    },
  },
  'profile.file-missing': {
    severity: 'error',
    en: {
      message: 'library.yml lists the file "{path}", which is not in the folder.',
      advice: 'Upload the file to the library folder, or remove it from the "files" list.',
    },
    ar: {
      message: 'يذكر ملف library.yml الملف «{path}» وهو غير موجود في المجلد.',
      advice: 'ارفع الملف إلى مجلد المكتبة، أو احذفه من قائمة «files».',
    },
  },
  'profile.unknown-format': {
    severity: 'error',
    en: {
      message: 'Cannot tell the format of "{path}" from its extension.',
      advice: 'Name the file .mrc, .xml, .json, .mrk, .csv or .xlsx (optionally followed by .gz), or set "format" for it in library.yml.',
    },
    ar: {
      message: 'لا يمكن معرفة صيغة الملف «{path}» من امتداده.',
      advice: 'سمِّ الملف بامتداد ‎.mrc أو ‎.xml أو ‎.json أو ‎.mrk أو ‎.csv أو ‎.xlsx (ويجوز أن يليه ‎.gz)، أو حدّد له «format» في library.yml.',
    },
  },
  'profile.file-outside-folder': {
    severity: 'error',
    en: {
      message: 'library.yml lists the file "{path}", which is outside this library\'s folder; it was not read.',
      advice: 'A library lists only files inside its own folder: upload the file into the folder and give its name only, e.g. files: [{ path: catalogue.mrc }]. No "../", no path starting with "/", no link to another folder.',
    },
    ar: {
      message: 'يذكر ملف library.yml الملف «{path}» وهو خارج مجلد هذه المكتبة؛ فلم يُقرأ.',
      advice: 'لا تذكر المكتبة إلا ملفات داخل مجلدها: ارفع الملف إلى المجلد واكتب اسمه وحده، مثل files: [{ path: catalogue.mrc }]. لا تستعمل «../» ولا مسارًا يبدأ بـ«/» ولا رابطًا إلى مجلد آخر.',
    },
  },
} as const satisfies Record<string, DiagnosticDefinition>;
