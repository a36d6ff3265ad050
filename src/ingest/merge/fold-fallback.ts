// TODO(merge): replace with src/shared/text/arabic.ts normalizeArabic once it is committed.
export function normalizeArabic(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u064B-\u065F\u0670\u06D6-\u06ED\u0300-\u036F]/g, '')
    .replace(/[\u0671-\u0675]/g, 'ا')
    .replace(/[ىیېۍے]/g, 'ي')
    .replace(/[ةۃەۀہھ]/g, 'ه')
    .replace(/[کڪ]/g, 'ك')
    .replace(/ء/g, '')
    .replace(/[\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF\u00AD]/g, '')
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660))
    .replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x6F0))
    .replace(/[ʻʼʾʿʹ'‘’`]/g, '')
    .replace(/[،؛؟٪٫٬۔«»]/g, ' ')
    .toLowerCase();
}
