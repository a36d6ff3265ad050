/**
 * Windows-1256, the code page many legacy Arab library systems export in. Node's
 * TextDecoder knows it (full ICU); every byte maps to something, so decoding cannot fail.
 */

const decoder = new TextDecoder('windows-1256');

export function decodeWindows1256(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

/** Bytes 0x80-0xFF that Windows-1256 maps to an Arabic-script letter or mark (incl. Persian پ چ ژ گ). */
export const windows1256ArabicBytes: ReadonlySet<number> = new Set(
  Array.from({ length: 0x80 }, (_, k) => 0x80 + k)
    .filter((byte) => /\p{Script_Extensions=Arabic}/u.test(decoder.decode(Uint8Array.of(byte)))),
);
