/**
 * Resident memory of a process and all its descendants, from /proc (Linux). Pagefind runs
 * its Rust indexer as a child process and Astro may start workers, so the stage's own
 * maxRSS (or /usr/bin/time's, which is the largest single process) would under-report.
 */
import { readdirSync, readFileSync } from 'node:fs';

const pageKiB = 4;

function statOf(pid: string): { ppid: number; rssKiB: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may contain spaces and parentheses: fields start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), rssKiB: Number(fields[21]) * pageKiB };
  } catch {
    return undefined;
  }
}

/** Sum of RSS (KiB) of `rootPid` and its descendants now; 0 when /proc is not there. */
export function processTreeRssKiB(rootPid: number): number {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const pid of pids) {
    const stat = statOf(pid);
    if (!stat) continue;
    rss.set(Number(pid), stat.rssKiB);
    children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), Number(pid)]);
  }
  let total = 0;
  const queue = [rootPid];
  while (queue.length) {
    const pid = queue.pop()!;
    total += rss.get(pid) ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}
