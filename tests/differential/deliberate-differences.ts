/**
 * Every way `fihris convert --to marcxml` is allowed to differ from yaz-marcdump or from
 * MARC::Record + MARC::Charset on the real samples, with the reason. Nothing else may differ.
 *
 * A rule is no licence on its own: unless it is about the output format, it holds only where
 * fihris also reported the named diagnostic on the same record (and field, for field rules), so
 * the librarian was told. A rule no sample needs any more is itself a failure (stale list).
 */
export type Tool = 'yaz' | 'marc-charset';

/** The part of a record a rule may explain. */
export type Explains = 'record-count' | 'indicator' | 'subfield-code' | 'leading-subfield' | 'value';

export interface DeliberateDifference {
  id: string;
  tools: Tool[];
  reason: string;
  /** fihris must have reported one of these codes there; empty for output-format rules. */
  diagnostics: string[];
  /** Where that diagnostic must be: the same field (tag), the same record, or anywhere in the file. */
  scope: 'field' | 'record' | 'file';
  explains: Explains;
  /** The oracle's text against ours (an indicator, a subfield code, a value). */
  accepts(theirs: string, ours: string, tool: Tool): boolean;
  /** Samples where it happens today, for the reader. */
  seenIn: string[];
}

const REPLACEMENT = '\uFFFD';
const withoutReplacements = (text: string) => text.replaceAll(REPLACEMENT, '');
const validIndicator = /^[0-9a-z ]$/;

export const deliberateDifferences: DeliberateDifference[] = [
  {
    id: 'indicator-repaired',
    tools: ['yaz', 'marc-charset'],
    reason: 'An indicator that is not a digit, a lowercase letter or a blank ("-", "|", "\'", "U") becomes a blank, as MARC 21 '
      + 'allows no other; yaz copies it as it is, MARC::Record forces only some to blank. fihris warns.',
    diagnostics: ['decode.bad-indicator'],
    scope: 'field',
    explains: 'indicator',
    accepts: (theirs, ours) => ours === ' ' && !validIndicator.test(theirs),
    seenIn: ['MARC-Record/badind.usmarc', 'marc4j/pride-and-prejudice-fixed.mrc', 'marcjs/bib.mrc', 'marc4j/incomplete_esc_seq.mrc'],
  },
  {
    id: 'unsupported-charset-replaced',
    tools: ['yaz', 'marc-charset'],
    reason: 'MARC-8 CJK (EACC, ESC $ 1) is not decoded: each run becomes one U+FFFD with a clear diagnostic, never '
      + 'guessed text (issue 3). Both oracles decode EACC.',
    diagnostics: ['marc8.unsupported-charset'],
    scope: 'field',
    explains: 'value',
    accepts: (_theirs, ours) => ours.includes(REPLACEMENT),
    seenIn: ['MARC-Charset/cjk1.marc', 'marc4js/marc8_utf8_mixed.mrc', 'marc4j/chinese_mangled_multibyte.mrc', 'pymarc/bad_eacc_encoding.dat'],
  },
  {
    id: 'unmapped-byte-replaced',
    tools: ['yaz', 'marc-charset'],
    reason: 'A byte with no character in the set in force (ASCII punctuation while Greek is designated, the missing charset '
      + 'change of greekmissingcharsetchange.mrc) becomes U+FFFD; the oracles drop it silently.',
    diagnostics: ['marc8.unmapped-byte'],
    scope: 'field',
    explains: 'value',
    accepts: (theirs, ours) => ours.includes(REPLACEMENT) && withoutReplacements(ours) === theirs,
    seenIn: ['marc4j/greekmissingcharsetchange.mrc'],
  },
  {
    id: 'greek-punctuation-per-lc-table',
    tools: ['yaz'],
    reason: 'Inside a Basic Greek run, bytes 0x21-0x3F are the Greek table\'s own punctuation in LC\'s code tables (0x32 is “); '
      + 'where a file forgot to switch back to ASCII (greekmissingcharsetchange.mrc) yaz reads such bytes as ASCII digits. '
      + 'fihris and MARC::Charset follow the LC table; the bytes the table lacks become U+FFFD.',
    diagnostics: ['marc8.unmapped-byte'],
    scope: 'field',
    explains: 'value',
    accepts: (theirs, ours) => {
      const mine = [...ours];
      const their = [...theirs];
      return mine.length === their.length
        && mine.every((char, i) => char === their[i] || (/[\u0021-\u003F]/.test(their[i]) && char > '\u007F'));
    },
    seenIn: ['marc4j/greekmissingcharsetchange.mrc'],
  },
  {
    id: 'invalid-utf8-kept',
    tools: ['yaz'],
    reason: 'Bytes that are not UTF-8 in a UTF-8 record become one U+FFFD per run and the rest of the subfield is kept; '
      + 'yaz empties the whole subfield, and a byte-by-byte reading gives one U+FFFD per byte.',
    diagnostics: ['decode.invalid-utf8'],
    scope: 'field',
    explains: 'value',
    accepts: (theirs, ours, tool) => ours.includes(REPLACEMENT)
      && ((tool === 'yaz' && theirs === '') || withoutReplacements(theirs) === withoutReplacements(ours)),
    seenIn: ['ruby-marc/utf8_with_bad_bytes.marc'],
  },
  {
    id: 'bad-subfield-code',
    tools: ['yaz', 'marc-charset'],
    reason: 'A subfield code byte that is not a printable ASCII character is written as "?" (MARCXML needs a readable '
      + 'code); the oracles copy the raw byte.',
    diagnostics: ['decode.bad-subfield-code'],
    scope: 'field',
    explains: 'subfield-code',
    accepts: (_theirs, ours) => ours === '?',
    seenIn: ['pymarc/utf8_invalid.mrc', 'marc4j/not_unimarc_errors_3.mrc'],
  },
  {
    id: 'text-before-first-subfield-kept',
    tools: ['yaz', 'marc-charset'],
    reason: 'Text between the indicators and the first subfield code (a stray "\\", a third indicator) is kept as a leading '
      + 'subfield $a so nothing is lost; both oracles drop it.',
    diagnostics: ['decode.missing-subfield-delimiter'],
    scope: 'field',
    explains: 'leading-subfield',
    accepts: (_theirs, ours) => ours === 'a',
    seenIn: ['pymarc/regression45.dat', 'yaz/marc1.marc'],
  },
  {
    id: 'third-indicator-kept-as-text',
    tools: ['marc-charset'],
    reason: 'yaz/marc1.marc is danMARC with 3 indicators (leader/10 = 3). fihris reads the MARC 21 two (issue 3: leader/10-11 '
      + 'are not trusted) and keeps the third as text before the first subfield; MARC::Record takes all three as indicators '
      + 'and forces them to blank.',
    diagnostics: ['decode.missing-subfield-delimiter'],
    scope: 'field',
    explains: 'indicator',
    accepts: (theirs, ours) => theirs === ' ' && validIndicator.test(ours),
    seenIn: ['yaz/marc1.marc'],
  },
  {
    id: 'broken-escape-dropped',
    tools: ['yaz', 'marc-charset'],
    reason: 'An ESC that starts no valid MARC-8 escape is dropped (with an incomplete designation\'s intermediate byte), '
      + 'the letters after it kept; MARC::Charset copies the ESC into the text, yaz empties the whole subfield.',
    diagnostics: ['marc8.broken-escape'],
    scope: 'field',
    explains: 'value',
    accepts: (theirs, ours, tool) => (tool === 'yaz' && theirs === '') || theirs.replace(/\u001B[(),\-$]?/g, '') === ours,
    seenIn: ['pymarc/bad_marc8_escape.dat'],
  },
  {
    id: 'encoding-from-bytes',
    tools: ['yaz', 'marc-charset'],
    reason: 'The encoding is read from the bytes, not from leader/09, which lies in real files (UTF-8 labelled MARC-8 and '
      + 'the reverse); both oracles trust leader/09 and so decode these records in the wrong encoding.',
    diagnostics: ['decode.encoding-differs-from-leader'],
    scope: 'record',
    explains: 'value',
    accepts: () => true,
    seenIn: ['pymarc/utf8_without_leader_flag.dat', 'marcjs/bib.mrc'],
  },
  {
    id: 'numeric-reference-decoded',
    tools: ['yaz', 'marc-charset'],
    reason: '`&#xXXXX;` in a MARC-8 record is MARC 21\'s lossless escape for a character outside MARC-8: it becomes that '
      + 'character (a diacritic written inside the reference moves onto it). Both oracles leave the text as it is.',
    diagnostics: [],
    scope: 'field',
    explains: 'value',
    accepts: (theirs, ours) => theirs.includes('&') && decodeNumericReferences(theirs) === ours,
    seenIn: ['marc4j/greekmissingcharsetchange.mrc'],
  },
  {
    id: 'xml-forbidden-character',
    tools: ['marc-charset'],
    reason: 'XML 1.0 cannot carry C0 control characters (0x1F inside danMARC control fields): the MARCXML writer puts '
      + 'U+FFFD in their place, or the whole file would be unreadable.',
    diagnostics: [],
    scope: 'field',
    explains: 'value',
    accepts: (theirs, ours) => theirs.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, REPLACEMENT) === ours,
    seenIn: ['yaz/marc1.marc'],
  },
  {
    id: 'leader-length-trusted-by-yaz',
    tools: ['yaz'],
    reason: 'yaz cuts records by the leader\'s record length: where it is wrong yaz merges two records into one without '
      + 'complaint; fihris resynchronises on the record terminator and reports the wrong length.',
    diagnostics: ['iso2709.leader-length-mismatch'],
    scope: 'file',
    explains: 'record-count',
    accepts: (theirs, ours) => Number(ours) > Number(theirs),
    seenIn: ['marc4js/collection-error.mrc'],
  },
];

/**
 * Sample files not compared at all, with the reason. Files that are not records are here
 * with a pointer to the test that checks them at the level where they make sense.
 */
export const notCompared: Record<string, string> = {
  'MARC-Charset/farsi.marc': 'five lines of MARC-8 Persian strings, not records: decoded line by line against MARC::Charset in tests/unit/decode/marc8-differential.test.ts',
  'pymarc/test_marc8.txt': '1515 MARC-8 strings paired with test_utf8.txt, not records: tests/unit/decode/marc8-pymarc-vectors.test.ts',
  'pymarc/1251.dat': 'Windows-1251 bytes under a blank leader/09: every tool here reads them as MARC-8 and gets a different garbage (fihris says so, marc8.unmapped-byte); there is nothing right to agree on',
};

/** `&#xXXXX;` to the character, with combining marks written inside the reference moved after it, then NFC. */
function decodeNumericReferences(text: string): string {
  return text
    .replace(/&(\p{M}*)#(\p{M}*)x(\p{M}*)([0-9A-Fa-f]{1,6})(\p{M}*);/gu, (_all, ...parts: string[]) =>
      String.fromCodePoint(parseInt(parts[3], 16)) + parts[0] + parts[1] + parts[2] + parts[4])
    .normalize('NFC');
}
