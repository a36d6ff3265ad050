/**
 * Permanent ids for union records, and the registry that keeps them permanent.
 *
 * A union record's id must survive re-deposits, new records, new libraries, and clusters
 * merging or splitting, because readers bookmark and cite record pages. The ids are therefore
 * not derived from the data on each build; they are remembered, in a registry file committed
 * to the repository (content/registry/union-ids.tsv), read at the start of a build and
 * rewritten at its end (in CI, so the change is reviewed as a diff like any other).
 *
 * The registry holds two kinds of lines, tab-separated, sorted, one fact a line:
 *   id      <seq>  <id>  <founding member key>  live | gone | retired  [<successor id>]
 *   member  <member key>  <id>
 * A member key is `<libraryCode>:<001>` (or `<libraryCode>:<file>#<record number>` for a
 * record without a control number); `seq` is the order ids were first assigned in.
 *
 * Each build (assign-ids.ts):
 * - A cluster claims the ids its members were under last time.
 * - Re-import, new records, new libraries: every cluster claims its one old id and keeps it;
 *   a cluster with no claim gets a new id.
 * - Merge (a cluster claims several ids): the oldest (lowest seq) survives; the others are
 *   retired with the survivor as successor, and the site writes a redirect page (with a
 *   canonical link) for each.
 * - Split (several clusters claim one id): the cluster holding the id's founding member keeps
 *   it (failing that, the one with most of its old members, then the first in order); the
 *   others get new ids. The old id keeps resolving, to the founding part.
 * - A cluster that vanishes entirely (every member withdrawn from every deposit): its id is
 *   marked gone, never reused, and the site writes a tombstone page. Member lines are kept,
 *   so if the records come back (a library forgot a file one month) the id comes back too.
 * - A retired id's successor may itself retire later: redirects always point at the end of
 *   the chain.
 * New ids: 10 characters of lowercase Crockford base32 (no i, l, o, u) from a SHA-256 of the
 * founding member key, re-hashed with a counter on the rare collision with any id ever issued.
 * Limitation: a library that renumbers its records (a new system, new 001s) looks like a
 * library that withdrew everything and deposited new records: old ids go, new ids come.
 */

export type IdStatus = 'live' | 'gone' | 'retired';

export interface IdEntry {
  id: string;
  /** Assignment order: 1 for the first id ever issued. The lowest survives a merge. */
  seq: number;
  /** Member key of the record the id was issued for. */
  founder: string;
  status: IdStatus;
  /** For a retired id: the id it redirects to (possibly itself retired later). */
  successor?: string;
}

export interface IdRegistry {
  /** Every id ever issued, by id. */
  entries: Map<string, IdEntry>;
  /** Member key → the id its record was last under. */
  members: Map<string, string>;
}

export function emptyIdRegistry(): IdRegistry {
  return { entries: new Map(), members: new Map() };
}

/**
 * Reads the registry file. It is written by the build, never by hand, so a malformed line is
 * a bug or a bad merge conflict resolution: it throws, naming the line.
 */
export function readIdRegistry(text: string): IdRegistry {
  const registry = emptyIdRegistry();
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const cells = line.split('\t');
    const entry = cells[0] === 'id' ? entryFrom(cells) : undefined;
    if (entry) registry.entries.set(entry.id, entry);
    else if (cells[0] === 'member' && cells.length === 3) registry.members.set(cells[1], cells[2]);
    else {
      throw new Error(`union-ids.tsv line ${index + 1} is not an id or member line: "${line}". `
        + 'Restore the file from git and let the build rewrite it.');
    }
  });
  return registry;
}

function entryFrom(cells: string[]): IdEntry | undefined {
  const [, seqText, id, founder, status, successor] = cells;
  const seq = Number(seqText);
  if (!Number.isInteger(seq) || !/^[a-z0-9]+$/.test(id ?? '') || !founder) return undefined;
  if (status === 'retired' && cells.length === 6 && successor) return { id, seq, founder, status, successor };
  if ((status === 'live' || status === 'gone') && cells.length === 5) return { id, seq, founder, status };
  return undefined;
}

/** The registry file: ids in assignment order (new ones append), then members by key. */
export function writeIdRegistry(registry: IdRegistry): string {
  const ids = [...registry.entries.values()]
    .sort((a, b) => a.seq - b.seq)
    .map((e) => ['id', e.seq, e.id, e.founder, e.status, ...(e.successor ? [e.successor] : [])].join('\t'));
  const members = [...registry.members.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, id]) => `member\t${key}\t${id}`);
  return [
    '# Fihris permanent union-record ids: written by the build, do not edit by hand.',
    '# id\tseq\tid\tfounding member\tlive|gone|retired\t[successor]',
    '# member\tmember key\tid',
    ...ids,
    ...members,
    '',
  ].join('\n');
}

/** The live (or gone) id at the end of a chain of retirements. */
export function resolveId(registry: IdRegistry, id: string): string {
  const seen = new Set<string>();
  let current = id;
  for (let entry = registry.entries.get(current); entry?.status === 'retired' && entry.successor; entry = registry.entries.get(current)) {
    if (seen.has(current)) break;
    seen.add(current);
    current = entry.successor;
  }
  return current;
}
