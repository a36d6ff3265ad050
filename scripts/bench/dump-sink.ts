/**
 * Appends records to one library's dump through a buffer and synchronous writes, so memory
 * stays flat however many records are generated (1M editions is about 2M records).
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { writeIso2709Record } from '../../src/ingest/emit/iso2709-writer.ts';
import { encodeMarc8 } from '../../src/ingest/emit/marc8-encoder.ts';
import { marcXmlCollectionEnd, marcXmlCollectionStart, marcXmlRecord } from '../../src/ingest/emit/marcxml-writer.ts';
import type { MarcRecord } from '../../src/ingest/marc/marc-record.ts';
import type { DumpFormat } from './consortium-libraries.ts';
import { fastUtf8Iso2709 } from './fast-iso2709-utf8.ts';

const flushAt = 1 << 20;

export interface BufferedFile {
  push(data: Uint8Array | string): void;
  close(): void;
}

export function openBufferedFile(path: string): BufferedFile {
  const fd = openSync(path, 'w');
  let chunks: Buffer[] = [];
  let buffered = 0;
  const flush = () => {
    if (buffered > 0) writeSync(fd, Buffer.concat(chunks, buffered));
    chunks = [];
    buffered = 0;
  };
  return {
    push: (data) => {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
      chunks.push(bytes);
      buffered += bytes.length;
      if (buffered >= flushAt) flush();
    },
    close: () => {
      flush();
      closeSync(fd);
    },
  };
}

export interface DumpSink {
  write(record: MarcRecord): void;
  close(): void;
}

export function openDumpSink(path: string, format: DumpFormat): DumpSink {
  const file = openBufferedFile(path);
  if (format === 'marcxml-852') file.push(marcXmlCollectionStart());
  const encode = recordEncoder(format);
  return {
    write: (record) => file.push(encode(record)),
    close: () => {
      if (format === 'marcxml-852') file.push(marcXmlCollectionEnd());
      file.close();
    },
  };
}

function recordEncoder(format: DumpFormat): (record: MarcRecord) => Uint8Array | string {
  switch (format) {
    case 'marc8-852': return (record) => writeIso2709Record(record, { encodeText: encodeMarc8, leader09: ' ' });
    case 'marcxml-852': return marcXmlRecord;
    default: return fastUtf8Iso2709;
  }
}
