/**
 * Reads a .tar.gz as a stream and hashes each file as it goes by: for checking a snapshot
 * without unpacking it. Understands ustar, pax path records and GNU long names; keeps in
 * memory only the files the caller asks for (the manifest).
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';

export interface TarFile {
  path: string;
  size: number;
  sha256: string;
  /** The bytes, only for paths `keep` accepted. */
  content?: Buffer;
}

export async function readTarGz(path: string, keep: (path: string) => boolean): Promise<TarFile[]> {
  const files: TarFile[] = [];
  let buffered = Buffer.alloc(0);
  let current: { path: string; size: number; remaining: number; type: string; hash: ReturnType<typeof createHash>; parts?: Buffer[] } | undefined;
  let longName: string | undefined;

  for await (const chunk of createReadStream(path).pipe(createGunzip())) {
    buffered = Buffer.concat([buffered, chunk as Buffer]);
    while (true) {
      if (current) {
        const take = Math.min(current.remaining, buffered.length);
        current.hash.update(buffered.subarray(0, take));
        current.parts?.push(Buffer.from(buffered.subarray(0, take)));
        buffered = buffered.subarray(take);
        current.remaining -= take;
        if (current.remaining > 0) break;
        const pad = (512 - (current.size % 512)) % 512;
        if (buffered.length < pad) { current.remaining = 0; break; }
        buffered = buffered.subarray(pad);
        const content = current.parts ? Buffer.concat(current.parts) : undefined;
        if (current.type === 'x') longName = paxPath(content!) ?? longName;
        else if (current.type === 'L') longName = content!.toString('utf8').replace(/\u0000.*$/s, '');
        else if (current.type === '0' || current.type === '\u0000') {
          files.push({ path: current.path, size: current.size, sha256: current.hash.digest('hex'), ...(content ? { content } : {}) });
        }
        current = undefined;
        continue;
      }
      if (buffered.length < 512) break;
      const header = buffered.subarray(0, 512);
      buffered = buffered.subarray(512);
      if (header.every((b) => b === 0)) continue;
      const type = String.fromCharCode(header[156]);
      const name = longName ?? joinPrefix(field(header, 345, 155), field(header, 0, 100));
      if (type !== 'x' && type !== 'L' && type !== 'g') longName = undefined;
      const size = parseInt(field(header, 124, 12).trim() || '0', 8);
      const metadata = type === 'x' || type === 'L';
      current = { path: name, size, remaining: size, type, hash: createHash('sha256'), parts: metadata || keep(name) ? [] : undefined };
    }
  }
  return files;
}

function field(header: Buffer, start: number, length: number): string {
  const raw = header.subarray(start, start + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end === -1 ? length : end).toString('utf8');
}

function joinPrefix(prefix: string, name: string): string {
  return prefix ? `${prefix}/${name}` : name;
}

function paxPath(content: Buffer): string | undefined {
  const match = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(content.toString('utf8'));
  return match?.[1];
}
