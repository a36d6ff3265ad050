/**
 * MRK (MarcEdit / MARCBreaker text) for one record, ending with the blank line that
 * separates records. Escapes exactly what the MRK reader decodes: "$" "{" "}" as
 * mnemonics, blanks as "\" where blanks matter, control characters as {U+XXXX}.
 */
import { isControlField, type MarcRecord } from '../marc/marc-record.ts';

export function mrkRecord(record: MarcRecord): string {
  const lines = [`=LDR  ${positional(record.leader)}`];
  for (const field of record.fields) {
    if (isControlField(field)) {
      lines.push(`=${field.tag}  ${positional(field.value)}`);
    } else {
      const subfields = field.subfields.map(({ code, value }) => `$${code}${escapeData(value)}`).join('');
      lines.push(`=${field.tag}  ${indicator(field.ind1)}${indicator(field.ind2)}${subfields}`);
    }
  }
  return `${lines.join('\n')}\n\n`;
}

/** The reader takes the two characters after the tag as they are, so no mnemonic here. */
function indicator(value: string): string {
  return value === ' ' ? '\\' : value;
}

/** Leader and control fields: a backslash means a blank there. */
function positional(text: string): string {
  return text.replace(/[\\ $}{\u0000-\u001F\u007F]/g, (char) =>
    char === ' ' ? '\\' : char === '\\' ? '{bsol}' : escapeChar(char));
}

function escapeData(text: string): string {
  return text.replace(/[$}{\u0000-\u001F\u007F]/g, escapeChar);
}

function escapeChar(char: string): string {
  if (char === '$') return '{dollar}';
  if (char === '{') return '{lcub}';
  if (char === '}') return '{rcub}';
  return `{U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}}`;
}
