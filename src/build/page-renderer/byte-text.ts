/**
 * A page's UTF-8 bytes held as a JavaScript string of one character per byte (Latin-1), so a
 * render worker can frame the page without decoding it and write it without encoding it again.
 * The container hands each page over as UTF-8 bytes; decoding them to text and encoding that
 * text again for the file cost about 0.95 s more per 20,000 pages than reading and writing them
 * as Latin-1, a copy (`node scripts/bench-page-bytes.ts`: 1.88–2.05 s against 0.96–1.10 s). Markup reads the same either way: every ASCII character is its own
 * byte, and no byte of a multi-byte UTF-8 character is below 0x80, so a search for "<", a quote
 * or an ASCII word finds the same places. What does not carry over: `\s` (byte 0xA0 reads as
 * a no-break space), case folding beyond ASCII, and hashing, which must hash the bytes
 * ('latin1'), not the characters.
 */

/** UTF-8 bytes, one character per byte. Made only by the functions here. */
export type ByteText = string & { readonly utf8BytesAsLatin1: unique symbol };

const ascii = /^[\x00-\x7f]*$/;

/**
 * The byte text of `text`: itself when it is ASCII, which most markup and paths are.
 * @example byteTextOf('ب') // "\u00d8\u00a8"
 */
export function byteTextOf(text: string): ByteText {
  return (ascii.test(text) ? text : Buffer.from(text, 'utf8').toString('latin1')) as ByteText;
}

/** The byte text of these UTF-8 bytes. */
export function byteTextOfBytes(bytes: Uint8Array): ByteText {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1') as ByteText;
}

/** The text these bytes spell, for a message a person reads. */
export function textOfByteText(bytes: ByteText): string {
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

/** The bytes, to write to a file. */
export function bytesOfByteText(bytes: ByteText): Buffer {
  return Buffer.from(bytes, 'latin1');
}
