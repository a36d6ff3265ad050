/**
 * A new permanent id: 10 characters of lowercase Crockford base32 (no i, l, o, u, so an id
 * read aloud or retyped survives) from a SHA-256 of the founding member key.
 */
import { createHash } from 'node:crypto';

const alphabet = '0123456789abcdefghjkmnpqrstvwxyz';
const idLength = 10;

/**
 * @param taken every id ever issued: a collision is re-hashed with a counter, never reused.
 * @example newId('squ:000123', new Set()) // a 10-character id such as 'k3v9…'
 */
export function newId(founder: string, taken: ReadonlySet<string>): string {
  for (let attempt = 0; ; attempt++) {
    const id = base32(createHash('sha256').update(attempt === 0 ? founder : `${founder}#${attempt}`).digest());
    if (!taken.has(id)) return id;
  }
}

function base32(bytes: Uint8Array): string {
  let bits = 0n;
  for (const byte of bytes.subarray(0, 7)) bits = (bits << 8n) | BigInt(byte);
  let id = '';
  for (let i = 0; i < idLength; i++) id += alphabet[Number((bits >> BigInt(51 - 5 * i)) & 31n)];
  return id;
}
