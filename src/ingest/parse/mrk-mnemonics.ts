/**
 * MARCBreaker / MarcEdit mnemonics ({dollar}, {aacute}-style letters, {acute}-style
 * diacritics, {U+XXXX}). Diacritic mnemonics come from MARC-8, where a combining mark is
 * written BEFORE its base letter ("{acute}e"); Unicode puts it after, so they are moved.
 */

/** Spacing characters and letters. */
const characters: Record<string, string> = {
  dollar: '$', lcub: '{', rcub: '}', bsol: '\\', joiner: '\u200D', nonjoin: '\u200C', nbsp: '\u00A0',
  Lstrok: 'Ł', lstrok: 'ł', Ostrok: 'Ø', ostrok: 'ø', Dstrok: 'Đ', dstrok: 'đ', THORN: 'Þ', thorn: 'þ',
  AElig: 'Æ', aelig: 'æ', OElig: 'Œ', oelig: 'œ', softsign: 'ʹ', hardsign: 'ʺ', middot: '·', flat: '♭',
  reg: '®', plusmn: '±', Ohorn: 'Ơ', ohorn: 'ơ', Uhorn: 'Ư', uhorn: 'ư', mlrhring: 'ʼ', mllhring: 'ʻ',
  inodot: 'ı', pound: '£', eth: 'ð', ETH: 'Đ', deg: '°', scriptl: 'ℓ', phono: '℗', copy: '©', sharp: '♯',
  iquest: '¿', iexcl: '¡', esc: '\u001B', mlprime: 'ʹ', mldprime: 'ʺ', alif: 'ʼ', ayn: 'ʻ',
  aacute: 'á', eacute: 'é', iacute: 'í', oacute: 'ó', uacute: 'ú', Aacute: 'Á', Eacute: 'É',
  agrave: 'à', egrave: 'è', ograve: 'ò', uuml: 'ü', ouml: 'ö', auml: 'ä', Uuml: 'Ü', Ouml: 'Ö', Auml: 'Ä',
  ccedil: 'ç', Ccedil: 'Ç', ntilde: 'ñ', Ntilde: 'Ñ', szlig: 'ß',
};

/** Combining diacritics (MARC-8 order: before the letter). */
const combining: Record<string, string> = {
  hooka: '\u0309', grave: '\u0300', acute: '\u0301', circ: '\u0302', tilde: '\u0303', macr: '\u0304',
  breve: '\u0306', dot: '\u0307', uml: '\u0308', caron: '\u030C', ring: '\u030A', rcommaa: '\u0315', dblac: '\u030B', candra: '\u0310', cedil: '\u0327', ogon: '\u0328',
  dotb: '\u0323', dbldotb: '\u0324', ringb: '\u0325', dblunder: '\u0333', under: '\u0332',
  commab: '\u0326', rcedil: '\u031C', breveb: '\u032E',
  commaa: '\u0313', diaer: '\u0308', umlaut: '\u0308', cedilla: '\u0327',
  // LC's code tables map the first half of a ligature or double tilde to one double-width
  // mark (U+0361, U+0360) and the second half to nothing; U+FE20-FE23 are only alternatives.
  llig: '\u0361', rlig: '', ldbltil: '\u0360', rdbltil: '',
};

const mnemonic = /\{([A-Za-z0-9+]{1,10})\}/y;

/** Text with mnemonics replaced; an unknown one is kept as written and passed to `onUnknown`. */
export function decodeMnemonics(text: string, onUnknown: (written: string) => void): string {
  let out = '';
  let pendingMarks = '';
  const addBase = (base: string): void => {
    out += base + pendingMarks;
    pendingMarks = '';
  };
  for (let i = 0; i < text.length;) {
    mnemonic.lastIndex = i;
    const match = text[i] === '{' ? mnemonic.exec(text) : null;
    if (!match) {
      const char = String.fromCodePoint(text.codePointAt(i)!);
      addBase(char);
      i += char.length;
      continue;
    }
    i += match[0].length;
    const name = match[1];
    if (Object.hasOwn(combining, name)) {
      pendingMarks += combining[name];
    } else {
      const char = Object.hasOwn(characters, name) ? characters[name] : codePoint(name);
      if (char === undefined) onUnknown(match[0]);
      addBase(char ?? match[0]);
    }
  }
  return out + pendingMarks;
}

/** {U+0645} → "م"; {0x24} → "$" (ASCII only: higher bytes would be MARC-8). */
function codePoint(name: string): string | undefined {
  const unicode = /^U\+([0-9A-Fa-f]{4,6})$/.exec(name);
  if (unicode) {
    const value = parseInt(unicode[1], 16);
    return value <= 0x10ffff ? String.fromCodePoint(value) : undefined;
  }
  const byte = /^0x([0-7][0-9A-Fa-f])$/.exec(name);
  return byte ? String.fromCharCode(parseInt(byte[1], 16)) : undefined;
}
