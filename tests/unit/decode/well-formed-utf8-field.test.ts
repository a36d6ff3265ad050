import { describe, expect, it } from 'vitest';
import { createFieldTextDecoder } from '../../../src/ingest/decode/field-text-decoder.ts';
import { splitDataFieldBytes } from '../../../src/ingest/decode/split-data-field.ts';
import { decodeWellFormedUtf8DataField } from '../../../src/ingest/decode/well-formed-utf8-field.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** What the byte-level path makes of the same field, when nothing in it needs a diagnostic. */
function byteLevelSubfields(bytes: Uint8Array) {
  const decode = createFieldTextDecoder('utf-8');
  return splitDataFieldBytes(bytes).subfields.map(({ code, value }) => ({ code: String.fromCharCode(code!), value: decode(value).text }));
}

describe('decodeWellFormedUtf8DataField', () => {
  const sameAsByteLevel: { field: string; why: string }[] = [
    { field: '10\x1faتاريخ عمان :\x1fbدراسة وثائقية /\x1fcسالم الحارثي.', why: 'Arabic subfields' },
    { field: '1 \x1faMuḥammad, ʻAlī\x1fd1900-', why: 'Latin with precomposed diacritics' },
    { field: '  \x1fa\x1f\x1fbkept', why: 'an empty value is kept, a doubled delimiter carries nothing' },
    { field: '04\x1faتاريخ\x1f', why: 'a delimiter at the end carries nothing' },
    { field: ' 7\x1f6880-01/(3/r\x1fa𝔐ath 😀', why: 'characters outside the BMP' },
  ];
  for (const { field, why } of sameAsByteLevel) {
    it(`cuts and decodes a field as the byte-level path does: ${why}`, () => {
      const bytes = utf8(field);
      expect(decodeWellFormedUtf8DataField('245', bytes)).toEqual({ tag: '245', ind1: field[0], ind2: field[1], subfields: byteLevelSubfields(bytes) });
    });
  }

  it('normalises each value to NFC on its own, never composing a subfield code with the mark that opens its value', () => {
    const field = decodeWellFormedUtf8DataField('245', utf8('10\x1fe\u0301tude\x1fbe\u0301tude'));
    expect(field?.subfields).toEqual([{ code: 'e', value: '\u0301tude' }, { code: 'b', value: 'étude' }]);
  });

  const leftToTheByteLevelPath: { field: string; why: string }[] = [
    { field: '1X\x1faTitle', why: 'an indicator outside 0-9, a-z and blank' },
    { field: '10text before\x1faTitle', why: 'text before the first delimiter' },
    { field: '10\x1f Title', why: 'a blank subfield code' },
    { field: '10\x1fتTitle', why: 'an Arabic letter where the subfield code should be' },
    { field: '1', why: 'a field too short for indicators' },
  ];
  for (const { field, why } of leftToTheByteLevelPath) {
    it(`leaves a field with ${why} to the byte-level path, which reports it`, () => {
      expect(decodeWellFormedUtf8DataField('245', utf8(field))).toBeUndefined();
    });
  }
});
