/**
 * Deletes what an earlier run left (an output folder, its caches) before a stage is timed,
 * then waits until the file system hands out the freed inodes again, so the stage starts
 * as a build on a fresh runner does.
 *
 * Why the wait: ext4 without a journal (this machine's root file system) skips an inode
 * freed in the last 60 s, or 360 s while its inode table block is dirty, each time it
 * allocates one (`recently_deleted` in the kernel's fs/ext4/ialloc.c), and a build dirties
 * those blocks again as it creates files. Right after a deletion, each file created scans
 * past the freed inodes: creating 100k files of 12 KB took 3.4–3.7 s on one thread with
 * nothing deleted before, 10.8–45.5 s within minutes of deleting 100k; the 100k full build
 * took 302.8 s (199 s of system time) 36 s after its last output was deleted, 206.7 s
 * (74 s) into a new folder.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** RECENTCY_MIN + RECENTCY_DIRTY in fs/ext4/ialloc.c, and a second more. */
const inodeReuseDelayMs = 361_000;

export async function deleteBeforeTimedStage(paths: string[], log: (line: string) => void): Promise<void> {
  const present = paths.filter((path) => existsSync(path));
  if (present.length === 0) return;
  for (const path of present) await rm(path, { recursive: true, force: true });
  if (!reusesInodesLate(dirname(present[0]))) return;
  log(`deleted the last run's ${present.length} folder(s); waiting ${inodeReuseDelayMs / 1000} s until the file system reuses their inodes (see delete-before-timed-stage.ts)`);
  await sleep(inodeReuseDelayMs);
}

/** Whether `folder` is on ext4 without a journal; when it cannot be told, assumed so. */
function reusesInodesLate(folder: string): boolean {
  try {
    const [source, type] = execFileSync('findmnt', ['-n', '-o', 'SOURCE,FSTYPE', '--target', folder], { encoding: 'utf8' }).trim().split(/\s+/);
    if (type !== 'ext4') return false;
    return readFileSync(`/sys/fs/ext4/${basename(source)}/journal_task`, 'utf8').trim() === '<none>';
  } catch {
    return true;
  }
}
