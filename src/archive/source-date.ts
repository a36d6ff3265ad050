/**
 * The one date an archival output may carry, and where it comes from: SOURCE_DATE_EPOCH
 * (the reproducible-builds convention) or else the date of the content folder's last
 * commit. Never the wall clock: two builds of one commit must be byte-identical.
 */
import { spawnSync } from 'node:child_process';

export interface SourceDate {
  /** ISO 8601 UTC, e.g. "2025-11-25T14:35:00Z". */
  iso: string;
  from: 'SOURCE_DATE_EPOCH' | 'commit';
}

export function sourceDate(contentDir: string, env: NodeJS.ProcessEnv = process.env): SourceDate | undefined {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch) {
    if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970 (e.g. 1735689600), not "${epoch}".`);
    return { iso: isoSeconds(Number(epoch)), from: 'SOURCE_DATE_EPOCH' };
  }
  const committed = git(contentDir, ['log', '-1', '--format=%ct']);
  return committed && /^\d+$/.test(committed) ? { iso: isoSeconds(Number(committed)), from: 'commit' } : undefined;
}

/** Output of a git command run in `dir`, trimmed; undefined when git or the repository is missing. */
export function git(dir: string, args: string[]): string | undefined {
  const result = spawnSync('git', ['-C', dir, ...args], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

function isoSeconds(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
