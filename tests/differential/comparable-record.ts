/**
 * The shape both sides of a differential comparison are brought to: what a MARCXML record says,
 * and nothing about how the bytes were laid out. Texts are NFC: the catalogue is NFC, and
 * MARC::Charset and yaz leave combining marks decomposed.
 */
export type ComparableField =
  | { tag: string; value: string }
  | { tag: string; ind1: string; ind2: string; subfields: [code: string, value: string][] };

export interface ComparableRecord {
  leader: string;
  fields: ComparableField[];
}

export function isComparableDataField(field: ComparableField): field is Extract<ComparableField, { subfields: unknown }> {
  return 'subfields' in field;
}

/** One line per field, as a cataloguer reads it: `245 10 $aTitle :$bsubtitle`, `008 800108s...`. */
export function fieldLine(field: ComparableField): string {
  if (!isComparableDataField(field)) return `${field.tag} ${field.value}`;
  return `${field.tag} ${field.ind1}${field.ind2} ${field.subfields.map(([code, value]) => `$${code}${value}`).join('')}`;
}

export function nfcRecord(record: ComparableRecord): ComparableRecord {
  return {
    leader: record.leader,
    fields: record.fields.map((field) => isComparableDataField(field)
      ? { ...field, subfields: field.subfields.map(([code, value]) => [code, value.normalize('NFC')] as [string, string]) }
      : { tag: field.tag, value: field.value.normalize('NFC') }),
  };
}
