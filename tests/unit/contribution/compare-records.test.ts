import { describe, expect, test } from 'vitest';
import type { CatalogueSnapshot, KeyedDiagnostic, SnapshotRecord } from '../../../src/contribution/catalogue-snapshot.ts';
import { groupChangedPaths } from '../../../src/contribution/changed-libraries.ts';
import { affectedUnionRecords, compareRecords } from '../../../src/contribution/compare-records.ts';
import { newDiagnostics } from '../../../src/contribution/new-diagnostics.ts';
import { ownershipProblems } from '../../../src/contribution/ownership-check.ts';
import type { Diagnostic } from '../../../src/ingest/diagnostics/diagnostic.ts';

function record(key: string, hash: string, unionId?: string, file = 'libraries/a/x.mrc'): SnapshotRecord {
  return { key, hash, file, recordNumber: 1, unionId };
}
const records = (...list: SnapshotRecord[]) => new Map(list.map((r) => [r.key, r]));

describe('groupChangedPaths', () => {
  test.each([
    { name: 'groups files by library folder', given: ['content/libraries/b/x.mrc', 'content/libraries/a/library.yml', 'content/libraries/a/y.mrc'], want: { libraryCodes: ['a', 'b'], needsMaintainer: [] } },
    { name: 'sends the registry and templates to a maintainer', given: ['content/registry/union-ids.tsv', 'content/templates/t.xlsx'], want: { libraryCodes: [], needsMaintainer: ['content/registry/union-ids.tsv', 'content/templates/t.xlsx'] } },
    { name: 'sends a file directly in libraries/ to a maintainer', given: ['content/libraries/README.md'], want: { libraryCodes: [], needsMaintainer: ['content/libraries/README.md'] } },
    { name: 'keeps Arabic file names as written', given: ['content/libraries/a/فهرس.mrc'], want: { libraryCodes: ['a'], needsMaintainer: [] } },
    { name: 'ignores paths outside content/', given: ['README.md'], want: { libraryCodes: [], needsMaintainer: [] } },
  ])('$name', ({ given, want }) => {
    expect(groupChangedPaths(given)).toEqual(want);
  });
});

describe('compareRecords', () => {
  test('finds records added, removed and changed by key and content hash', () => {
    const base = records(record('1', 'h1'), record('2', 'h2'), record('3', 'h3'));
    const head = records(record('1', 'h1'), record('2', 'h2-new'), record('4', 'h4'));
    const changes = compareRecords(base, head);
    expect(changes.added.map((r) => r.key)).toEqual(['4']);
    expect(changes.removed.map((r) => r.key)).toEqual(['3']);
    expect(changes.changed.map((r) => r.key)).toEqual(['2']);
    expect(changes.unchanged).toBe(1);
  });

  test('counts a library that did not exist at base as all added', () => {
    expect(compareRecords(new Map(), records(record('1', 'h'))).added).toHaveLength(1);
  });
});

describe('affectedUnionRecords', () => {
  test('counts union records of added and changed records at head and of removed ones at base', () => {
    const base = records(record('2', 'h2', 'u-old'), record('3', 'h3', 'u3'), record('5', 'h5', 'u5'));
    const head = records(record('2', 'h2-new', 'u2'), record('4', 'h4', 'u4'), record('5', 'h5', 'u5'));
    expect(affectedUnionRecords(compareRecords(base, head), base)).toEqual(['u-old', 'u2', 'u3', 'u4']);
  });
});

describe('newDiagnostics', () => {
  const diagnostic = (code: Diagnostic['code'], subject: string, recordNumber: number): KeyedDiagnostic =>
    ({ subject, diagnostic: { code, severity: 'warning', file: 'libraries/a/x.mrc', recordNumber } });

  test('keeps only the code and record pairs that were not there at base', () => {
    const base = [diagnostic('model.invalid-isbn', 'nz-1', 1)];
    const head = [diagnostic('model.invalid-isbn', 'nz-1', 2), diagnostic('model.invalid-isbn', 'nz-2', 3), diagnostic('model.missing-title', 'nz-1', 2)];
    expect(newDiagnostics(base, head).map((d) => [d.code, d.recordNumber])).toEqual([['model.invalid-isbn', 3], ['model.missing-title', 2]]);
  });
});

describe('ownershipProblems', () => {
  const snapshot = (entries: Array<[string, SnapshotRecord[]]>): CatalogueSnapshot =>
    new Map(entries.map(([code, list]) => [code, { code, records: records(...list), diagnostics: [] }]));

  test.each([
    { name: 'accepts records of a library read from its own folder', given: snapshot([['a', [record('1', 'h', undefined, 'libraries/a/x.mrc')]]]), want: [] },
    {
      name: 'flags a record of the library read from another folder',
      given: snapshot([['a', [record('1', 'h', undefined, 'libraries/b/x.mrc')]]]),
      want: [{ libraryCode: 'a', file: 'libraries/b/x.mrc', recordKey: '1' }],
    },
    {
      name: 'flags a record from the library\'s folder counted for another library',
      given: snapshot([['b', [record('1', 'h', undefined, 'libraries/a/x.mrc')]]]),
      want: [{ libraryCode: 'b', file: 'libraries/a/x.mrc', recordKey: '1' }],
    },
    { name: 'does not confuse a folder with a longer name', given: snapshot([['ab', [record('1', 'h', undefined, 'libraries/ab/x.mrc')]]]), want: [] },
  ])('$name', ({ given, want }) => {
    expect(ownershipProblems('a', given)).toEqual(want);
  });
});
