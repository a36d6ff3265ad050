/**
 * Reads the third-party samples in ../shared/samples for model tests, without depending on the
 * parse and decode stages: MARCXML through fast-xml-parser, and clean UTF-8 ISO 2709 through a
 * minimal directory walk. Good enough for the well-formed samples used here, nothing more.
 * Text is NFC, as the decode stage promises for every MarcRecord.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';
import type { MarcField, MarcRecord } from '../../../src/ingest/marc/marc-record.ts';

export const samplesDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/samples');
export const haveSamples = existsSync(samplesDir);

const asArray = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

interface XmlSubfield { '@_code': string; '#text'?: string | number }
interface XmlDataField { '@_tag': string; '@_ind1'?: string; '@_ind2'?: string; subfield?: XmlSubfield | XmlSubfield[] }
interface XmlRecord { leader: string; controlfield?: unknown; datafield?: XmlDataField | XmlDataField[] }

export function readMarcXmlSample(path: string): MarcRecord[] {
  const parser = new XMLParser({ ignoreAttributes: false, removeNSPrefix: true, parseTagValue: false, trimValues: false });
  const collection = parser.parse(readFileSync(join(samplesDir, path), 'utf8')).collection;
  return asArray<XmlRecord>(collection.record).map((record) => {
    const control = asArray(record.controlfield as { '@_tag': string; '#text': string }[]).map((f) => ({ tag: f['@_tag'], value: String(f['#text'] ?? '').normalize('NFC') }));
    const data = asArray(record.datafield).map((f) => ({
      tag: f['@_tag'], ind1: f['@_ind1'] ?? ' ', ind2: f['@_ind2'] ?? ' ',
      subfields: asArray(f.subfield).map((s) => ({ code: s['@_code'], value: String(s['#text'] ?? '').normalize('NFC') })),
    }));
    return { leader: String(record.leader), fields: [...control, ...data] };
  });
}

/** The first record of a UTF-8 ISO 2709 file. */
export function readIsoSample(path: string): MarcRecord {
  const bytes = readFileSync(join(samplesDir, path));
  const text = (start: number, end: number) => bytes.subarray(start, end).toString('utf8').normalize('NFC');
  const baseAddress = Number(text(12, 17));
  const fields: MarcField[] = [];
  for (let entry = 24; bytes[entry] !== 0x1e; entry += 12) {
    const tag = text(entry, entry + 3);
    const start = baseAddress + Number(text(entry + 7, entry + 12));
    const body = text(start, start + Number(text(entry + 3, entry + 7)) - 1);
    if (tag < '010') { fields.push({ tag, value: body }); continue; }
    const [indicators, ...subfields] = body.split('\x1f');
    fields.push({ tag, ind1: indicators[0], ind2: indicators[1], subfields: subfields.map((s) => ({ code: s[0], value: s.slice(1) })) });
  }
  return { leader: text(0, 24), fields };
}
