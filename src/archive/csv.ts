/**
 * CSV (RFC 4180, CRLF line ends) with a UTF-8 byte order mark: without it Excel, which
 * most of the consortium's librarians open CSV in, reads Arabic as Windows-1252 mojibake.
 */

export const csvByteOrderMark = '\uFEFF';

export function csvRow(values: Array<string | number | undefined>): string {
  return `${values.map(csvValue).join(',')}\r\n`;
}

function csvValue(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
