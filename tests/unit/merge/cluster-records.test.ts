import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/ingest/diagnostics/diagnostic.ts';
import { formatDiagnostic } from '../../../src/ingest/diagnostics/format-diagnostic.ts';
import type { ClusterInput } from '../../../src/ingest/merge/cluster-input.ts';
import { clusterRecords } from '../../../src/ingest/merge/cluster-records.ts';
import { labelledSet } from '../../fixtures/merge/labelled-set.ts';
import { record } from '../../fixtures/merge/describe.ts';

const sameBook = { title: 'تاريخ عمان الحديث', author: 'السيابي، سالم بن حمود', year: 1999 };

/** Clusters as lists of "library#record" labels. */
function groups(inputs: ClusterInput[]): string[][] {
  return clusterRecords(inputs).map((c) => c.members.map((m) => `${m.libraryCode}#${m.recordNumber}`));
}

describe('clusterRecords merges', () => {
  it('merges two libraries\' records of one edition spelt differently', () => {
    const inputs = [
      record('squ', sameBook, { recordNumber: 1 }),
      record('nizwa', { title: 'تاريخ عُمان الحديث :', author: 'سالم بن حمود السيابي', year: 1999 }, { recordNumber: 1 }),
    ];
    expect(groups(inputs)).toEqual([['nizwa#1', 'squ#1']]);
  });

  it('merges by ISBN-10 against ISBN-13 when the titles differ in wording', () => {
    const inputs = [
      record('squ', { title: 'تاريخ عمان الحديث', isbn: ['9789948000013'] }, { recordNumber: 1 }),
      record('sohar', { title: 'تاريخ عمان', isbn: ['994-800001-3'], year: 2001 }, { recordNumber: 1 }),
    ];
    const [cluster] = clusterRecords(inputs);
    expect(cluster.members.map((m) => m.rule).sort()).toEqual(['first', 'isbn']);
  });

  it('merges by a shared 035 system number', () => {
    const inputs = [
      record('squ', { ...sameBook, systemNumbers: ['(OCoLC)ocm00012345'] }, { recordNumber: 1 }),
      record('sur', { title: 'تاريخ عمان الحديث', year: 1998, systemNumbers: ['(OCoLC)12345'] }, { recordNumber: 1 }),
    ];
    const [cluster] = clusterRecords(inputs);
    expect(cluster.members).toHaveLength(2);
    expect(cluster.members.map((m) => m.rule).sort()).toEqual(['first', 'system-number']);
  });
});

describe('clusterRecords never merges', () => {
  const cases: Array<{ name: string; a: Parameters<typeof record>[1]; b: Parameters<typeof record>[1] }> = [
    { name: 'different editions', a: { ...sameBook, edition: 'ط. 1' }, b: { ...sameBook, edition: 'الطبعة الثانية' } },
    { name: 'different volumes', a: { ...sameBook, title: { proper: 'بيان الشرع', partNumber: 'ج. 1' } }, b: { ...sameBook, title: { proper: 'بيان الشرع', partNumber: 'ج. 2' } } },
    { name: 'a set and one of its volumes', a: { ...sameBook, title: { proper: 'بيان الشرع' } }, b: { ...sameBook, title: { proper: 'بيان الشرع', partNumber: 'ج. 1' } } },
    { name: 'the same title by different authors', a: { ...sameBook, title: 'ديوان' }, b: { ...sameBook, title: 'ديوان', author: 'الخليلي، سعيد بن خلفان' } },
    { name: 'a reprint decades later', a: sameBook, b: { ...sameBook, year: 2008 } },
    { name: 'volumes that carry the set ISBN', a: { title: { proper: 'بيان الشرع', partNumber: 'ج. 1' }, isbn: ['9789948111115'] }, b: { title: { proper: 'بيان الشرع', partNumber: 'ج. 2' }, isbn: ['9789948111115'] } },
    { name: 'two editions under one reused ISBN', a: { ...sameBook, edition: 'ط. 1', isbn: ['9789948000013'] }, b: { ...sameBook, edition: 'ط. 2', year: 2005, isbn: ['9789948000013'] } },
  ];
  it.each(cases)('$name', ({ a, b }) => {
    expect(groups([record('squ', a, { recordNumber: 1 }), record('nizwa', b, { recordNumber: 1 })])).toHaveLength(2);
  });

  it('two records of the same library, and says so', () => {
    const diagnostics: Diagnostic[] = [];
    const inputs = [record('squ', sameBook, { recordNumber: 1 }), record('squ', sameBook, { recordNumber: 2 })];
    expect(clusterRecords(inputs, diagnostics)).toHaveLength(2);
    expect(diagnostics.map((d) => formatDiagnostic(d, 'en'))).toEqual([
      'squ/catalogue.mrc, record 2: warning: This record looks like a duplicate of record squ-1 (squ/catalogue.mrc#1) '
        + 'in the same library, matched by match-key: "تاريخ عمان الحديث". Both are kept as separate records. '
        + 'If they are the same edition, merge them in your library system and move the items to one record; '
        + 'if they differ, make the difference visible (edition, volume, date).',
    ]);
  });

  it('on an ISBN shared by two volumes, and says so in Arabic', () => {
    const diagnostics: Diagnostic[] = [];
    const inputs = [
      record('squ', { title: { proper: 'بيان الشرع', partNumber: 'ج. 1' }, isbn: ['9789948111115'] }, { recordNumber: 1 }),
      record('nizwa', { title: { proper: 'بيان الشرع', partNumber: 'ج. 2' }, isbn: ['9789948111115'] }, { recordNumber: 4 }),
    ];
    clusterRecords(inputs, diagnostics);
    expect(diagnostics.map((d) => formatDiagnostic(d, 'ar'))).toEqual([
      'nizwa/catalogue.mrc, تسجيلة 4, حقل 020: warning: الردمك 9789948111115 موجود في 2 تسجيلات ليست للكتاب نفسه (أجزاء أو عناوين مختلفة)، مثل «بيان الشرع»؛ لذا لا يُستخدم لدمج أيٍّ منها. '
        + 'طابِق الردمك في الحقل 020 مع الكتاب نفسه: ضع لكل جزء ردمكه الخاص، وانقل ردمك المجموعة إلى 020 $z أو إلى ملاحظة.',
      'squ/catalogue.mrc, تسجيلة 1, حقل 020: warning: الردمك 9789948111115 موجود في 2 تسجيلات ليست للكتاب نفسه (أجزاء أو عناوين مختلفة)، مثل «بيان الشرع»؛ لذا لا يُستخدم لدمج أيٍّ منها. '
        + 'طابِق الردمك في الحقل 020 مع الكتاب نفسه: ضع لكل جزء ردمكه الخاص، وانقل ردمك المجموعة إلى 020 $z أو إلى ملاحظة.',
    ]);
  });

  it('a third record into a cluster it conflicts with, through a record missing its year', () => {
    const inputs = [
      record('squ', { ...sameBook, year: 1965 }, { recordNumber: 1 }),
      record('nizwa', { ...sameBook, year: undefined }, { recordNumber: 1 }),
      record('sohar', { ...sameBook, year: 2008 }, { recordNumber: 1 }),
    ];
    expect(groups(inputs)).toHaveLength(2);
  });
});

describe('clusterRecords output', () => {
  it('does not depend on the order of the input', () => {
    const inputs = labelledSet().map((l) => l.input);
    const shuffled = [...inputs].sort((a, b) => ((a.recordNumber * 7919) % 211) - ((b.recordNumber * 7919) % 211));
    expect(shuffled).not.toEqual(inputs);
    expect(clusterRecords(shuffled)).toEqual(clusterRecords(inputs));
    expect(clusterRecords([...inputs].reverse())).toEqual(clusterRecords(inputs));
  });

  it('displays the fullest, best-coded member', () => {
    const inputs = [
      record('aaa', { title: 'تاريخ عمان الحديث', author: 'السيابي، سالم بن حمود', year: 1999 }, { recordNumber: 1 }),
      record('bbb', { ...sameBook, isbn: ['9789948000013'], languages: ['ara'], subjects: ['عمان -- تاريخ'], dewey: ['953.53'] }, { recordNumber: 1 }),
      record('ccc', { ...sameBook, publisher: 'وزارة التراث' }, { recordNumber: 1 }),
    ];
    const [cluster] = clusterRecords(inputs);
    expect(cluster.members[cluster.displayMember].libraryCode).toBe('bbb');
    expect(cluster.members[cluster.displayMember].rule).toBe('first');
  });

  it('breaks a tie between equally full members by library code', () => {
    const inputs = [record('zzz', sameBook, { recordNumber: 1 }), record('aaa', sameBook, { recordNumber: 9 })];
    const [cluster] = clusterRecords(inputs);
    expect(cluster.members[cluster.displayMember].libraryCode).toBe('aaa');
  });
});
