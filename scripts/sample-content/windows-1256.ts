/**
 * A Windows-1256 encoder for the legacy sample export. Node decodes windows-1256 but has
 * no encoder, so the reverse map is built from TextDecoder over bytes 0x80-0xFF.
 */

const reverse = new Map<string, number>();
const decoder = new TextDecoder('windows-1256');
for (let byte = 0x80; byte <= 0xff; byte++) {
  const char = decoder.decode(new Uint8Array([byte]));
  if (char !== '\uFFFD' && !reverse.has(char)) reverse.set(char, byte);
}

/** Throws on a character 1256 cannot hold: the sample data must be chosen to fit. */
export function encodeWindows1256(text: string): Uint8Array {
  const out: number[] = [];
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const byte = reverse.get(char);
      if (byte === undefined) throw new Error(`Windows-1256 has no byte for ${char} (U+${code.toString(16).toUpperCase()}) in "${text}"`);
      out.push(byte);
    }
  }
  return Uint8Array.from(out);
}
