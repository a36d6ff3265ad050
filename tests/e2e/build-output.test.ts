import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { readUnionRecords } from './sample-site-data.ts';

const siteDir = inject('siteDir');
const records = readUnionRecords(siteDir);
const accounts: Array<{ code: string; recordsRead: number; recordsAccepted: number; recordsRejected: number }> =
  JSON.parse(readFileSync(join(siteDir, 'data', 'accounting.json'), 'utf8'));
const rejections = readFileSync(join(siteDir, 'data', 'rejections.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

describe('fihris build on the sample content', () => {
  test('writes one union record per line, each with an id, a url and its members', () => {
    expect(records.length).toBeGreaterThan(100);
    for (const record of records) {
      expect(record.url).toBe(`r/${record.id}.html`);
      expect(record.members.length).toBeGreaterThan(0);
    }
  });

  test('gives every union record a distinct id', () => {
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
  });

  test('accounts for every record read: published as a member or rejected with its bytes', () => {
    for (const account of accounts) {
      const members = records.flatMap((r) => r.members).filter((m) => m.libraryCode === account.code).length;
      const rejected = rejections.filter((r) => r.libraryCode === account.code).length;
      expect({ code: account.code, total: members + rejected }).toEqual({ code: account.code, total: account.recordsRead });
    }
    for (const rejection of rejections) {
      expect(rejection.rawBase64.length).toBeGreaterThan(0);
      expect(rejection.reasons.length).toBeGreaterThan(0);
    }
  });

  test('merges the same edition held by several libraries into one union record', () => {
    const multiLibrary = records.filter((r) => new Set(r.members.map((m) => m.libraryCode)).size >= 2);
    expect(multiLibrary.length).toBeGreaterThan(10);
  });

  test('writes a record page for every union record', () => {
    for (const record of records.slice(0, 50)) {
      expect(readFileSync(join(siteDir, record.url), 'utf8')).toContain('<html');
    }
  });
});
