/**
 * Imprint dates as Arab libraries write them: Hijri and Gregorian together, Hijri alone
 * in Arabic-Indic digits, or a guessed year in brackets.
 */
import type { DateStyle } from './cataloguing-style.ts';

/** The Hijri year in which most of this Gregorian year falls (good to a year, as on title pages). */
export function hijriYear(gregorian: number): number {
  return Math.floor(((gregorian - 622) * 33) / 32);
}

export function toArabicIndicDigits(text: string): string {
  return text.replace(/[0-9]/g, (digit) => String.fromCharCode(0x0660 + Number(digit)));
}

export function arabicDateText(year: number, style: DateStyle, guessed = false): string {
  if (guessed) return `[${year}?]`;
  const hijri = hijriYear(year);
  switch (style) {
    case 'hijri-slash': return `${hijri}هـ/${year}م`;
    case 'hijri-comma': return `${hijri} هـ، ${year} م`;
    case 'indic-hijri': return `${toArabicIndicDigits(String(hijri))} هـ`;
    case 'gregorian': return String(year);
  }
}

export function latinDateText(year: number, guessed = false): string {
  return guessed ? `[${year}?]` : String(year);
}
