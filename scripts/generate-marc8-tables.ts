/**
 * Writes src/ingest/decode/marc8-tables.ts from the Library of Congress MARC-8 code tables
 * (codetables.xml). Usage:
 *   node scripts/generate-marc8-tables.ts [path/to/codetables.xml]
 * The default path is ../shared/samples/reference/codetables.xml, relative to the repo root.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sourcePath = resolve(repoRoot, process.argv[2] ?? '../shared/samples/reference/codetables.xml');
const outputPath = resolve(repoRoot, 'src/ingest/decode/marc8-tables.ts');

/** ISO code of each set in the XML -> the key we store it under (its designation final byte). */
const wantedSets: Record<string, string> = {
  '42': 'B', // Basic Latin (ASCII); ESC s also selects it
  '45': 'E', // Extended Latin (ANSEL)
  '33': '3', // Basic Arabic
  '34': '4', // Extended Arabic
  '32': '2', // Basic Hebrew
  '4E': 'N', // Basic Cyrillic
  '51': 'Q', // Extended Cyrillic
  '53': 'S', // Basic Greek
  '67': 'g', // Greek symbols (ESC g)
  '62': 'b', // Subscripts (ESC b)
  '70': 'p', // Superscripts (ESC p)
};

interface XmlCode { marc?: string | number; ucs?: string | number; alt?: string | number; isCombining?: string | boolean }
interface XmlCharacterSet { name: string; ISOcode: string | number; code?: XmlCode | XmlCode[] }

interface GeneratedSet { key: string; name: string; chars: [number, string][]; combining: number[] }

function asArray<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function readSets(xml: string): GeneratedSet[] {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false });
  const document = parser.parse(xml);
  const sets: GeneratedSet[] = [];
  for (const table of asArray(document.codeTables.codeTable)) {
    for (const characterSet of asArray<XmlCharacterSet>((table as { characterSet: XmlCharacterSet }).characterSet)) {
      const key = wantedSets[String(characterSet.ISOcode)];
      if (key) sets.push(convertSet(key, characterSet));
    }
  }
  const missing = Object.values(wantedSets).filter((key) => !sets.some((set) => set.key === key));
  if (missing.length > 0) throw new Error(`codetables.xml lacks the sets ${missing.join(', ')}: is ${sourcePath} the LoC MARC-8 code tables file?`);
  return sets;
}

function convertSet(key: string, characterSet: XmlCharacterSet): GeneratedSet {
  const chars: [number, string][] = [];
  const combining: number[] = [];
  for (const code of asArray(characterSet.code)) {
    let byte = parseInt(String(code.marc ?? '').trim(), 16);
    // The XML lists the extended sets by their G1 bytes (0xA1-0xFE); we key every set by
    // its G0 byte, so a G1 byte is simply key + 0x80. ANSEL's 0x88-0x8E stay as they are.
    if (byte >= 0xa1 && byte <= 0xfe) byte -= 0x80;
    if (!((byte >= 0x21 && byte <= 0x7e) || (byte >= 0x88 && byte <= 0x8e))) continue;
    // The ligature and double tilde second halves (0xEC, 0xFB) have no ucs: Unicode's
    // double-width marks U+0361/U+0360, given for the first halves, already span both letters,
    // so the second half maps to nothing (as MARC::Charset and the LoC notes do).
    const hex = String(code.ucs ?? '').trim();
    chars.push([byte, hex ? String.fromCodePoint(parseInt(hex, 16)) : '']);
    if (String(code.isCombining).trim() === 'true') combining.push(byte);
  }
  chars.sort((a, b) => a[0] - b[0]);
  return { key, name: characterSet.name, chars, combining: combining.sort((a, b) => a - b) };
}

function literal(char: string): string {
  const codePoint = char.codePointAt(0) ?? 0;
  if (char === '') return "''";
  if (char === "'" || char === '\\') return `'\\${char}'`;
  if (codePoint >= 0x20 && codePoint < 0x7f) return `'${char}'`;
  return `'\\u{${codePoint.toString(16).toUpperCase().padStart(4, '0')}}'`;
}

function hexByte(byte: number): string {
  return `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
}

function renderSet(set: GeneratedSet): string {
  const lines: string[] = [];
  for (let i = 0; i < set.chars.length; i += 8) {
    lines.push('      ' + set.chars.slice(i, i + 8).map(([byte, char]) => `${hexByte(byte)}: ${literal(char)}`).join(', ') + ',');
  }
  return [
    `  ${JSON.stringify(set.key).replace(/"/g, "'")}: {`,
    `    name: ${JSON.stringify(set.name).replace(/"/g, "'")},`,
    '    chars: {',
    ...lines,
    '    },',
    `    combining: [${set.combining.map(hexByte).join(', ')}],`,
    '  },',
  ].join('\n');
}

function render(sets: GeneratedSet[]): string {
  return `/**
 * MARC-8 character sets, generated from the Library of Congress MARC-8 code tables
 * (https://www.loc.gov/marc/specifications/codetables.xml; the copy read is yaz's src/codetables.xml).
 * Do not edit by hand. Regenerate with:
 *   node scripts/generate-marc8-tables.ts [path/to/codetables.xml]
 *
 * Each set is keyed by the final byte of its designation escape (ESC ( 3 -> '3').
 * \`chars\` maps a G0 byte (0x21-0x7E) to its Unicode text; the same set designated into G1
 * uses byte + 0x80. ANSEL also has 0x88-0x8E (non-sort marks, ZWJ, ZWNJ), valid whatever G1 is.
 * An empty string means the byte stands for nothing in Unicode (second halves of double marks).
 * \`combining\` lists the bytes of combining marks, which MARC-8 puts BEFORE their base letter.
 */

export interface Marc8CharacterSet {
  name: string;
  chars: Readonly<Record<number, string>>;
  combining: readonly number[];
}

export const marc8CharacterSets: Readonly<Record<string, Marc8CharacterSet>> = {
${sets.map(renderSet).join('\n')}
};
`;
}

const sets = readSets(readFileSync(sourcePath, 'utf8'));
writeFileSync(outputPath, render(sets));
console.log(`wrote ${outputPath}: ${sets.map((set) => `${set.key} ${set.chars.length}`).join(', ')}`);
