/**
 * Small text helpers shared by the model extractors: digits, ISBD punctuation, joining.
 */

const arabicIndicZero = 0x0660;
const persianZero = 0x06f0;

/** Arabic-Indic (٠-٩) and Persian (۰-۹) digits as ASCII digits: years and ISBNs are compared as numbers. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => {
    const code = digit.charCodeAt(0);
    return String(code - (code >= persianZero ? persianZero : arabicIndicZero));
  });
}

// A final period that belongs to an abbreviation stays: "ed.", "cm.", an initial "J." or "ط.".
const abbreviations = new Set(['ed', 'cm', 'p', 'pp', 'etc', 'aufl', 'éd', 'rev', 'enl', 'ill', 'vol', 'v', 'no', 'ch', 'jr', 'sr', 'st']);

function endsWithAbbreviation(text: string): boolean {
  // A letter run glued to digits ("1999م.") is not a word of its own.
  const lastWord = /(?:^|[^\p{L}\p{N}])(\p{L}+)\.$/u.exec(text)?.[1];
  if (lastWord === undefined) return false;
  return [...lastWord].length === 1 || abbreviations.has(lastWord.toLowerCase());
}

// ISBD separators that end a subfield when the next element follows: " /", " :", " ;", " =", ",",
// and their Arabic forms "،" and "؛".
const trailingSeparator = /\s*[/:;=,،؛]$/u;
const leadingSeparator = /^[/:;=,،؛]\s*/u;

/**
 * The text without the ISBD punctuation that separates it from the next element.
 * @example stripIsbd('تاريخ عمان /') === 'تاريخ عمان'
 */
export function stripIsbd(text: string): string {
  let result = text.trim().replace(leadingSeparator, '');
  for (;;) {
    const before = result;
    result = result.replace(trailingSeparator, '').trim();
    if (result.endsWith('.') && !result.endsWith('...') && !endsWithAbbreviation(result)) {
      result = result.slice(0, -1).trim();
    }
    if (result === before) return result;
  }
}

/** Non-empty, trimmed values in order, without repeats. */
export function unique(values: Iterable<string | undefined>): string[] {
  const seen = new Set<string>();
  for (const value of values) {
    const trimmed = value?.trim();
    if (trimmed) seen.add(trimmed);
  }
  return [...seen];
}

/** Subfield values joined by a space (the punctuation is in the data), ISBD ends stripped; undefined when empty. */
export function joinStripped(values: string[]): string | undefined {
  const joined = stripIsbd(values.map((v) => v.trim()).filter(Boolean).join(' '));
  return joined === '' ? undefined : joined;
}
