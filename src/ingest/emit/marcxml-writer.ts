/**
 * MARCXML (MARC21 slim, namespaced) for one record, plus the collection wrapper, as
 * strings: the caller streams start, records, end. Every value is escaped, and characters
 * XML 1.0 forbids (C0 controls, lone surrogates, U+FFFE/FFFF) become U+FFFD: a raw one
 * would make the whole file unreadable.
 */
import { isControlField, type MarcRecord } from '../marc/marc-record.ts';

const namespace = 'http://www.loc.gov/MARC21/slim';

export function marcXmlCollectionStart(): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<marc:collection xmlns:marc="${namespace}">\n`;
}

export function marcXmlCollectionEnd(): string {
  return '</marc:collection>\n';
}

export function marcXmlRecord(record: MarcRecord): string {
  // Built by concatenation: a record is written a hundred thousand times per file.
  let xml = `<marc:record>\n  <marc:leader>${escapeXml(record.leader)}</marc:leader>\n`;
  for (const field of record.fields) {
    if (isControlField(field)) {
      xml += `  <marc:controlfield tag="${escapeXml(field.tag)}">${escapeXml(field.value)}</marc:controlfield>\n`;
      continue;
    }
    xml += `  <marc:datafield tag="${escapeXml(field.tag)}" ind1="${escapeXml(field.ind1)}" ind2="${escapeXml(field.ind2)}">\n`;
    for (const { code, value } of field.subfields) {
      xml += `    <marc:subfield code="${escapeXml(code)}">${escapeXml(value)}</marc:subfield>\n`;
    }
    xml += '  </marc:datafield>\n';
  }
  return `${xml}</marc:record>\n`;
}

/** Anything escapeXml changes; most catalogue text has none, and is returned as it is. */
const needsEscaping = /[&<>"\r\t\n\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Escapes markup and replaces what XML 1.0 cannot carry at all. */
export function escapeXml(text: string): string {
  if (!needsEscaping.test(text)) return text;
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/[&<>"\r\t\n]/g, (char) => entities[char]);
}

// Tab, CR and LF as references: a parser would normalise them to spaces in attributes.
const entities: Record<string, string> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\r': '&#13;', '\t': '&#9;', '\n': '&#10;',
};
