/**
 * The one normalisation applied to indexed text AND to the reader's query (see arabic.ts for the
 * contract). Spec and measurements: /work/shared/design/arabic-search.md.
 *
 * It runs over millions of words at index time, so it is one NFKD + one lowercase over the whole
 * string, then a single pass over a per-code-unit lookup table that copies untouched runs in
 * slices (no per-character regex, no allocation for characters that stay).
 */

const KEEP = 0;
const DROP = 1;
const SPACE = 2;
const REPLACE = 3;

const action = new Uint8Array(0x10000);
const replacement: string[] = new Array(0x10000);

function setRange(from: number, to: number, what: number): void {
  for (let code = from; code <= to; code++) action[code] = what;
}

function replace(chars: string, by: string): void {
  for (const char of chars) {
    const code = char.charCodeAt(0);
    action[code] = REPLACE;
    replacement[code] = by;
  }
}

// Combining marks left over by NFKD: Latin accents (ā → a + U+0304), Arabic tashkeel, hamza and
// madda above/below (أ → ا + U+0654, so أ إ آ → ا, ؤ → و, ئ → ي), dagger alef, Quranic marks.
setRange(0x0300, 0x036f, DROP);
setRange(0x1ab0, 0x1aff, DROP);
setRange(0x1dc0, 0x1dff, DROP);
setRange(0x20d0, 0x20ff, DROP);
setRange(0xfe20, 0xfe2f, DROP);
setRange(0x0610, 0x061a, DROP);
setRange(0x064b, 0x065f, DROP);
action[0x0670] = DROP;
setRange(0x06d6, 0x06ed, DROP);
setRange(0x08d3, 0x08ff, DROP);
// High hamza is what NFKD leaves of ٵ ٶ ٷ ٸ; a lone hamza is dropped too so القرءان = القرآن.
action[0x0674] = DROP;
action[0x0621] = DROP;
// Tatweel and invisible controls. ZWNJ (U+200C) joins a Persian compound into one word here;
// indexTerms() re-reads the raw text to also index the compound's parts.
action[0x0640] = DROP;
setRange(0x200b, 0x200f, DROP);
setRange(0x202a, 0x202e, DROP);
setRange(0x2066, 0x2069, DROP);
action[0x061c] = DROP;
action[0xfeff] = DROP;
action[0x00ad] = DROP;
// ALA-LC romanisation marks (ʻayn, hamzah, prime) and the apostrophes typed for them: Qurʼān → quran.
for (const char of 'ʻʼʾʿʹʺ\'‘’`') action[char.charCodeAt(0)] = DROP;

replace('ٱٲٳٵ', 'ا');
replace('ىیېۍےۓۑ', 'ي');
replace('ةۃەۀہھ', 'ه');
replace('کڪػؼ', 'ك');
replace('٠۰', '0');
replace('١۱', '1');
replace('٢۲', '2');
replace('٣۳', '3');
replace('٤۴', '4');
replace('٥۵', '5');
replace('٦۶', '6');
replace('٧۷', '7');
replace('٨۸', '8');
replace('٩۹', '9');
// Latin letters NFKD leaves whole.
replace('ø', 'o');
replace('ł', 'l');
replace('đ', 'd');
replace('ð', 'd');
replace('ı', 'i');
replace('ß', 'ss');
replace('æ', 'ae');
replace('œ', 'oe');
replace('þ', 'th');
for (const char of '،؛؟٪٫٬٭۔«»') action[char.charCodeAt(0)] = SPACE;

/**
 * Folds Arabic-script and romanised text so that spelling variants become one string: hamza
 * seats, taa marbuta, alef maqsura, Persian/Urdu letters, tashkeel, tatweel, presentation forms,
 * invisible controls, Arabic-Indic digits, romanisation marks and Latin accents and case.
 * Idempotent. Punctuation other than Arabic punctuation is left for the tokenizer.
 *
 * @example
 * normalizeArabic('مُحَمَّد إسلام مكتبة مصطفى') // → 'محمد اسلام مكتبه مصطفي'
 * normalizeArabic('Ibn Khaldūn، ١٤٢٠')        // → 'ibn khaldun  1420'
 */
export function normalizeArabic(text: string): string {
  const folded = text.normalize('NFKD').toLowerCase();
  let out = '';
  let start = 0;
  for (let i = 0; i < folded.length; i++) {
    const what = action[folded.charCodeAt(i)];
    if (what === KEEP) continue;
    out += folded.slice(start, i);
    if (what === SPACE) out += ' ';
    else if (what === REPLACE) out += replacement[folded.charCodeAt(i)];
    start = i + 1;
  }
  return start === 0 ? folded : out + folded.slice(start);
}
