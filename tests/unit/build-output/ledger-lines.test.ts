import { describe, expect, it } from 'vitest';
import { LedgerLines } from '../../../src/build/ledger-lines.ts';

/** "path\tkey\n" lines of 5,000 record files and a few library pages, some paths prefixes of others. */
const paths = [
  ...Array.from({ length: 5000 }, (_, n) => `r/${n.toString(36)}.${['html', 'xml', 'ris'][n % 3]}`),
  'l/squ.html', 'l/squ/2.html', 'l/مكتبة/1.html', 'index.html',
];
const keyOf = (path: string) => path.length.toString(16).padStart(16, '0');
const text = `{"header":1}\n${paths.map((path) => `${path}\t${keyOf(path)}\n`).join('')}`;

describe('LedgerLines', () => {
  it('finds every path\'s key, and nothing for a path that is only a prefix of one', () => {
    const lines = new LedgerLines(text, text.indexOf('\n') + 1);
    expect(lines.size).toBe(paths.length);
    expect(paths.filter((path) => lines.get(path) !== keyOf(path))).toEqual([]);
    expect(lines.get('r/1')).toBeUndefined();
    expect(lines.get('l/squ')).toBeUndefined();
    expect(lines.has('r/zzzz.html')).toBe(false);
  });

  it('gives the paths not taken out, in the ledger\'s order', () => {
    const lines = new LedgerLines(text, text.indexOf('\n') + 1);
    const taken = paths.filter((_, n) => n % 7 !== 0);
    for (const path of taken) lines.delete(path);
    lines.delete('r/not-there.html');
    const left = paths.filter((_, n) => n % 7 === 0);
    expect([...lines.remainingPaths()]).toEqual(left);
    expect(lines.size).toBe(left.length);
    expect(lines.get(taken[0])).toBeUndefined();
    expect(lines.get(left[1])).toBe(keyOf(left[1]));
  });

  it('names the top folders of its paths, "" for files at the top', () => {
    expect([...new LedgerLines(text, text.indexOf('\n') + 1).topFolders()].sort()).toEqual(['', 'l/', 'r/']);
  });

  it('is empty for an empty text', () => {
    const lines = new LedgerLines('');
    expect(lines.size).toBe(0);
    expect(lines.get('r/a.html')).toBeUndefined();
    expect([...lines.remainingPaths()]).toEqual([]);
  });
});
