import { describe, expect, test } from 'vitest';
import { membersByLibrary } from '../../../src/archive/library-dumps.ts';
import type { UnionRecord } from '../../../src/shared/catalog-schema.ts';

/** A union record reduced to what grouping reads: its id and its members' library, file and record number. */
function record(id: string, ...members: Array<[string, string, number]>): UnionRecord {
  return { id, members: members.map(([libraryCode, file, recordNumber]) => ({ libraryCode, file, recordNumber })) } as unknown as UnionRecord;
}

const grouped = (records: UnionRecord[], codes: string[]) =>
  Object.fromEntries([...membersByLibrary(records, codes)].map(([code, members]) => [code, members.map((m) => `${m.record.id} ${m.member.file}#${m.member.recordNumber}`)]));

describe('grouping the union\'s members by library', () => {
  test.each([
    {
      name: 'lists each library\'s members by file, then record number, not by union id',
      given: [record('a', ['lib1', 'f.mrc', 9]), record('b', ['lib1', 'f.mrc', 2], ['lib2', 'g.mrc', 1]), record('c', ['lib1', 'e.mrc', 5])],
      codes: ['lib1', 'lib2'],
      want: { lib1: ['c e.mrc#5', 'b f.mrc#2', 'a f.mrc#9'], lib2: ['b g.mrc#1'] },
    },
    {
      name: 'keeps two members of one union record from the same library apart',
      given: [record('a', ['lib1', 'f.mrc', 3], ['lib1', 'f.mrc', 1])],
      codes: ['lib1'],
      want: { lib1: ['a f.mrc#1', 'a f.mrc#3'] },
    },
    {
      name: 'gives a library without members an empty list, and leaves out libraries not asked for',
      given: [record('a', ['lib1', 'f.mrc', 1], ['unlisted', 'x.mrc', 1])],
      codes: ['lib1', 'lib3'],
      want: { lib1: ['a f.mrc#1'], lib3: [] },
    },
    {
      name: 'orders files by their UTF-16 code units, as the dumps always have',
      given: [record('a', ['lib1', 'b.mrc', 1]), record('b', ['lib1', 'B.mrc', 1]), record('c', ['lib1', 'a.mrc', 1])],
      codes: ['lib1'],
      want: { lib1: ['b B.mrc#1', 'c a.mrc#1', 'a b.mrc#1'] },
    },
  ])('$name', ({ given, codes, want }) => {
    expect(grouped(given, codes)).toEqual(want);
  });
});
