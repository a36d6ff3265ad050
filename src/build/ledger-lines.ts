/**
 * The lines of the output folder's last ledger (output-ledger.ts), "path\tkey\n" each, looked
 * up by path. The ledger lives through the whole build: a Map of its 614k paths and keys (at
 * 100k records) was 65 MiB of 1.2M strings, 0.7 s to build and 47 ms more in each full garbage
 * collection of the build's thread, from the ingest on. Here it stays one string, with an
 * open-addressing table of each line's start by a hash of its path: 0.14 s to build, nothing
 * for the collector to trace (measured with `node --expose-gc`, forcing collections beside each).
 */
export class LedgerLines {
  /** Lines not yet taken, forgotten or deleted. */
  size = 0;
  private readonly starts: Int32Array;
  /** Slot → line number + 1; 0: empty. */
  private readonly slots: Int32Array;
  private readonly done: Uint8Array;
  private readonly text: string;

  /** `text`: the lines, from `from` on; a line without a tab is skipped. */
  constructor(text: string, from = 0) {
    this.text = text;
    const starts: number[] = [];
    for (let start = from; start < text.length;) {
      const end = text.indexOf('\n', start);
      const lineEnd = end < 0 ? text.length : end;
      const tab = text.indexOf('\t', start);
      if (tab > start && tab < lineEnd) starts.push(start);
      start = lineEnd + 1;
    }
    this.starts = Int32Array.from(starts);
    this.done = new Uint8Array(starts.length);
    let capacity = 1024;
    while (capacity < starts.length * 2) capacity *= 2;
    this.slots = new Int32Array(capacity);
    for (let line = 0; line < starts.length; line++) {
      const start = starts[line];
      const tab = text.indexOf('\t', start);
      let slot = hashOf(text, start, tab) & (capacity - 1);
      while (this.slots[slot] !== 0) slot = (slot + 1) & (capacity - 1);
      this.slots[slot] = line + 1;
    }
    this.size = starts.length;
  }

  /** The key on the line of `path`, if that line is there and not yet taken. */
  get(path: string): string | undefined {
    const line = this.find(path);
    if (line < 0) return undefined;
    const keyStart = this.starts[line] + path.length + 1;
    const end = this.text.indexOf('\n', keyStart);
    return this.text.slice(keyStart, end < 0 ? this.text.length : end);
  }

  has(path: string): boolean {
    return this.find(path) >= 0;
  }

  /** Takes the line of `path` out: it no longer counts, nor comes out of remainingPaths. */
  delete(path: string): void {
    const line = this.find(path);
    if (line < 0) return;
    this.done[line] = 1;
    this.size--;
  }

  /** The paths of the lines not taken out, in the ledger's order. */
  *remainingPaths(): Generator<string> {
    for (let line = 0; line < this.starts.length; line++) {
      if (this.done[line]) continue;
      const start = this.starts[line];
      yield this.text.slice(start, this.text.indexOf('\t', start));
    }
  }

  /** The first folder of each line's path ("r/" of "r/abc.html"; "" for a file at the top). */
  topFolders(): Set<string> {
    const folders = new Set<string>();
    let last = '\u0000';
    for (const start of this.starts) {
      if (this.text.startsWith(last, start)) continue;
      const slash = this.text.indexOf('/', start);
      const tab = this.text.indexOf('\t', start);
      last = slash >= 0 && slash < tab ? this.text.slice(start, slash + 1) : this.text.slice(start, tab + 1);
      folders.add(last.endsWith('\t') ? '' : last);
    }
    return folders;
  }

  private find(path: string): number {
    const mask = this.slots.length - 1;
    for (let slot = hashOf(path, 0, path.length) & mask; this.slots[slot] !== 0; slot = (slot + 1) & mask) {
      const line = this.slots[slot] - 1;
      const start = this.starts[line];
      if (!this.done[line] && this.text.charCodeAt(start + path.length) === 9 && this.text.startsWith(path, start)) return line;
    }
    return -1;
  }
}

/** FNV-1a over the UTF-16 code units of `text` from `start` to `end`. */
function hashOf(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
