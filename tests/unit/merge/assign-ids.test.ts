import { describe, expect, it } from 'vitest';
import { assignIds } from '../../../src/ingest/merge/assign-ids.ts';
import type { ClusterInput } from '../../../src/ingest/merge/cluster-input.ts';
import { clusterRecords } from '../../../src/ingest/merge/cluster-records.ts';
import { emptyIdRegistry, readIdRegistry, writeIdRegistry, type IdRegistry } from '../../../src/ingest/merge/id-registry.ts';
import { record } from '../../fixtures/merge/describe.ts';

const history = { title: 'تاريخ عمان الحديث', author: 'السيابي، سالم بن حمود', year: 1999 };
const poems = { title: 'ديوان الخليلي', author: 'الخليلي، سعيد بن خلفان', year: 1987 };

/** One build: cluster, assign ids, and write and re-read the registry as CI would. */
function build(inputs: ClusterInput[], registry: IdRegistry = emptyIdRegistry()) {
  const result = assignIds(clusterRecords(inputs), registry);
  const text = writeIdRegistry(result.registry);
  return { ...result, text, registry: readIdRegistry(text), idOf: (library: string, n: number) => idOf(result.assigned, library, n) };
}

function idOf(assigned: ReturnType<typeof assignIds>['assigned'], library: string, n: number): string {
  return assigned.find(({ cluster }) => cluster.members.some((m) => m.libraryCode === library && m.recordNumber === n))!.id;
}

const squHistory = record('squ', history, { recordNumber: 1 });
const nizwaHistory = record('nizwa', history, { recordNumber: 1 });
const squPoems = record('squ', poems, { recordNumber: 2 });

describe('assignIds', () => {
  it('gives new clusters short lowercase ids', () => {
    const first = build([squHistory, nizwaHistory, squPoems]);
    expect(first.assigned.map((a) => a.id)).toHaveLength(2);
    for (const { id } of first.assigned) expect(id).toMatch(/^[0-9a-hjkmnp-tv-z]{10}$/);
  });

  it('keeps every id, and the registry file, when the same data is deposited again', () => {
    const first = build([squHistory, nizwaHistory, squPoems]);
    const again = build([squPoems, nizwaHistory, squHistory], first.registry);
    expect(again.assigned.map((a) => a.id)).toEqual(first.assigned.map((a) => a.id));
    expect(again.text).toBe(first.text);
  });

  it('keeps old ids when records are added and a new library joins', () => {
    const first = build([squHistory, squPoems]);
    const soharPoems = record('sohar', poems, { recordNumber: 7 });
    const soharNew = record('sohar', { title: 'الفلج في عمان', author: 'البوسعيدي، يوسف', year: 2001 }, { recordNumber: 8 });
    const next = build([squHistory, squPoems, soharPoems, soharNew], first.registry);
    expect(next.idOf('squ', 1)).toBe(first.idOf('squ', 1));
    expect(next.idOf('sohar', 7)).toBe(first.idOf('squ', 2));
    expect(next.assigned).toHaveLength(3);
    expect(next.redirects).toEqual([]);
  });

  it('marks the id of a record withdrawn from every deposit gone, and revives it when it returns', () => {
    const first = build([squHistory, squPoems]);
    const withdrawn = build([squHistory], first.registry);
    expect(withdrawn.gone).toEqual([first.idOf('squ', 2)]);
    const back = build([squHistory, squPoems], withdrawn.registry);
    expect(back.idOf('squ', 2)).toBe(first.idOf('squ', 2));
    expect(back.gone).toEqual([]);
  });

  it('keeps the oldest id when two clusters merge, and redirects the other to it', () => {
    // Two libraries' records of one book that did not match until nizwa added the author.
    const nizwaBare = record('nizwa', { title: history.title, year: 1999 }, { recordNumber: 1 });
    const first = build([squHistory, nizwaBare]);
    const [older, younger] = [first.idOf('squ', 1), first.idOf('nizwa', 1)];
    expect(older).not.toBe(younger);
    const merged = build([squHistory, nizwaHistory], first.registry);
    const survivor = merged.idOf('squ', 1);
    expect(merged.idOf('nizwa', 1)).toBe(survivor);
    expect(merged.redirects).toEqual([{ from: survivor === older ? younger : older, to: survivor }]);
    expect(first.registry.entries.get(survivor)!.seq).toBeLessThan(first.registry.entries.get(merged.redirects[0].from)!.seq);
  });

  it('keeps the id with the founding record when a cluster splits, and gives the other part a new one', () => {
    const first = build([squHistory, nizwaHistory]);
    const id = first.idOf('squ', 1);
    const founder = first.registry.entries.get(id)!.founder;
    // nizwa corrects its record: it was the 2nd edition all along.
    const nizwaSecond = record('nizwa', { ...history, edition: 'ط. 2' }, { recordNumber: 1 });
    const split = build([squHistory, nizwaSecond], first.registry);
    const founderLibrary = founder.split(':')[0];
    const otherLibrary = founderLibrary === 'squ' ? 'nizwa' : 'squ';
    expect(split.idOf(founderLibrary, 1)).toBe(id);
    expect(split.idOf(otherLibrary, 1)).not.toBe(id);
    expect(split.redirects).toEqual([]);
    expect(split.registry.entries.get(id)!.status).toBe('live');
  });

  it('points a redirect at the end of a chain of merges', () => {
    const a = record('aaa', { title: history.title, year: 1999 }, { recordNumber: 1 });
    const b = record('bbb', { title: history.title, author: 'خليلي', year: 1999 }, { recordNumber: 1 });
    const c = record('ccc', { title: history.title, author: 'حارثي', year: 1999 }, { recordNumber: 1 });
    const first = build([a, b, c]);
    expect(new Set(first.assigned.map((x) => x.id)).size).toBe(3);
    const abMerged = build([a, { ...b, description: a.description }, c], first.registry);
    const all = build([a, { ...b, description: a.description }, { ...c, description: a.description }], abMerged.registry);
    const survivor = all.assigned[0].id;
    expect(all.redirects.map((r) => r.to)).toEqual([survivor, survivor]);
  });
});

describe('the registry file', () => {
  it('writes one sorted, tab-separated fact a line', () => {
    const { text } = build([squHistory, squPoems]);
    const lines = text.split('\n').filter((line) => line && !line.startsWith('#'));
    expect(lines[0]).toMatch(/^id\t1\t[0-9a-z]{10}\tsqu:squ-1\tlive$/);
    expect(lines.filter((line) => line.startsWith('member\t'))).toEqual([
      expect.stringMatching(/^member\tsqu:squ-1\t[0-9a-z]{10}$/),
      expect.stringMatching(/^member\tsqu:squ-2\t[0-9a-z]{10}$/),
    ]);
  });

  it('refuses a line it cannot read, naming it', () => {
    expect(() => readIdRegistry('id\t1\tabc\n')).toThrow(
      'union-ids.tsv line 1 is not an id or member line: "id\t1\tabc". Restore the file from git and let the build rewrite it.',
    );
  });
});
