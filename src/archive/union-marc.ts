/**
 * The union record as one MARC record, for OAI marc21 and the union MARCXML dump:
 * the display member's bibliographic fields, then every library's holdings as 852.
 * Each field carries its provenance: the library whose record it came from, or "fihris"
 * for the fields the union adds (001, 035, 884, and the 852 built from holdings).
 */
import type { Holding, Member, UnionRecord } from '../shared/catalog-schema.ts';
import { dataFields, subfieldValues, type DataField, type MarcField, type MarcRecord } from '../ingest/marc/marc-record.ts';
import { sourceRecordKey } from '../ingest/pipeline.ts';

/** Source of a union field: a library code, or this value for the fields the union adds. */
export const unionProvenance = 'fihris';

/** MARC organisation-style prefix of the permanent id in 035 $a: "(FIHRIS)<id>". */
export const unionIdPrefix = '(FIHRIS)';

export interface UnionMarc {
  record: MarcRecord;
  /** For each field of `record`, in order: the library it came from, or "fihris". */
  fieldSources: string[];
}

// Item and holdings fields of the display member describe that one library's copies;
// the union's own 852s replace them, one per holding of every library.
const holdingsTags = new Set(['852', '952', '949', '995']);

// The member's own identity fields: replaced by the union id (001) and kept as 035.
const replacedTags = new Set(['001', '003']);

/**
 * Undefined when the display member's MARC is not among the accepted source records.
 * `holdingsTags` maps a library code to the holdings tag its library.yml declares, if any.
 */
export function unionMarcRecord(record: UnionRecord, sourceRecords: ReadonlyMap<string, MarcRecord>, holdingsTagOf: Map<string, string> = new Map()): UnionMarc | undefined {
  const display = record.members[record.displayMember];
  const source = sourceRecords.get(sourceRecordKey(display));
  if (!source) return undefined;
  const localTag = holdingsTagOf.get(display.libraryCode);
  const fields: Array<{ field: MarcField; from: string }> = [{ field: { tag: '001', value: record.id }, from: unionProvenance }];
  for (const field of source.fields) {
    if (replacedTags.has(field.tag) || holdingsTags.has(field.tag) || field.tag === localTag) continue;
    fields.push({ field, from: display.libraryCode });
  }
  const added: DataField[] = [
    dataField('035', [['a', `${unionIdPrefix}${record.id}`]]),
    ...memberSystemNumbers(record.members, existingSystemNumbers(source)),
    provenanceField(display),
    ...record.holdings.map(holdingField),
  ];
  const all = [...fields, ...added.map((field) => ({ field, from: unionProvenance }))];
  all.sort((a, b) => tagOrder(a.field.tag) - tagOrder(b.field.tag));
  return { record: { leader: source.leader, fields: all.map((f) => f.field) }, fieldSources: all.map((f) => f.from) };
}

/** 035 "(003)001" of every member, so each library's own record can be found again. */
function memberSystemNumbers(members: Member[], seen: Set<string>): DataField[] {
  const numbers: DataField[] = [];
  for (const member of members) {
    if (!member.controlNumber) continue;
    const value = `(${member.controlNumberIdentifier ?? member.libraryCode})${member.controlNumber}`;
    if (seen.has(value)) continue;
    seen.add(value);
    numbers.push(dataField('035', [['a', value]]));
  }
  return numbers;
}

function existingSystemNumbers(source: MarcRecord): Set<string> {
  return new Set(dataFields(source, '035').flatMap((field) => subfieldValues(field, 'a')));
}

/**
 * 884 (description conversion information): which library's record the bibliographic
 * fields were taken from. $a process, $k that record's identifier, $q the library.
 */
function provenanceField(display: Member): DataField {
  const identifier = `${display.file}#${display.recordNumber}${display.controlNumber ? ` (001 ${display.controlNumber})` : ''}`;
  return dataField('884', [['a', 'Fihris union record: bibliographic fields from the display member'], ['k', identifier], ['q', display.libraryCode]]);
}

/**
 * 852: $a library code, $b branch, $c location, $h call number, $p barcode(s), $z status
 * and, when one holding groups several identical copies, "<n> copies" as a further $z
 * (852 $t is a copy's number, not a count, so the count goes in a public note).
 */
export function holdingField(holding: Holding): DataField {
  const parts: Array<[string, string | undefined]> = [
    ['a', holding.libraryCode], ['b', holding.branch], ['c', holding.location], ['h', holding.callNumber],
    ['p', holding.barcode], ['z', holding.status], ['z', holding.copies > 1 ? `${holding.copies} copies` : undefined],
  ];
  return dataField('852', parts.filter((p): p is [string, string] => p[1] !== undefined && p[1] !== ''));
}

function dataField(tag: string, subfields: Array<[string, string]>): DataField {
  return { tag, ind1: ' ', ind2: ' ', subfields: subfields.map(([code, value]) => ({ code, value })) };
}

// Stable sort by tag number keeps the member's own field order within a tag.
function tagOrder(tag: string): number {
  const n = Number(tag);
  return Number.isInteger(n) ? n : 1000;
}

