/**
 * The accounting rule, computed independently of the reader: one record per piece ending
 * in a record terminator that is not pure filler, plus a trailing piece without terminator.
 */
const FILLER = new Set([0x1a, 0x00, 0x20, 0x0a, 0x0d, 0x09]);

export function expectedRecordCount(bytes: Uint8Array): number {
  let count = 0;
  let substantial = false;
  for (const byte of bytes) {
    if (byte === 0x1d) {
      if (substantial) count++;
      substantial = false;
    } else if (!FILLER.has(byte)) {
      substantial = true;
    }
  }
  return substantial ? count + 1 : count;
}
