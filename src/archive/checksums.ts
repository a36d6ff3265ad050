/**
 * SHA-256 of files, and checksum lists in the format `sha256sum -c` reads:
 * "<64 hex digits><two spaces><path>\n", sorted by path.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export function sha256Text(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

export function sha256SumsText(entries: Array<{ path: string; sha256: string }>): string {
  return [...entries]
    .sort((a, b) => compareBytes(a.path, b.path))
    .map((e) => `${e.sha256}  ${e.path}\n`)
    .join('');
}

/** Parses sha256sum output; lines that are not checksums are ignored. */
export function parseSha256Sums(text: string): Array<{ path: string; sha256: string }> {
  return text.split('\n').flatMap((line) => {
    const match = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    return match ? [{ sha256: match[1], path: match[2] }] : [];
  });
}

/** Byte order of UTF-8 paths, the same on every machine and locale (unlike localeCompare). */
export function compareBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
