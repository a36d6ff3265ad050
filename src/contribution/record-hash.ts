import { createHash } from 'node:crypto';
import type { MarcRecord } from '../ingest/marc/marc-record.ts';

/**
 * A fingerprint of a record's content, the same whatever format or encoding it was
 * deposited in. The leader's record length (0-4) and base address (12-16) are left out:
 * they describe the bytes of the file, not the record, and MRK leaves them as zeros.
 */
export function recordContentHash(record: MarcRecord): string {
  const leader = `${record.leader.slice(5, 12)}${record.leader.slice(17)}`;
  return createHash('sha256').update(JSON.stringify([leader, record.fields])).digest('hex').slice(0, 16);
}
