import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { libraryDepositDates } from '../../../src/build/library-dates.ts';
import { scratchFolders } from '../../support/scratch-folders.ts';

const scratch = scratchFolders('fihris-library-dates-');

/** A checkout whose content folder is a subfolder, with one commit per [day, files changed]. */
function checkout(commits: Array<[string, string[]]>): string {
  const repo = scratch();
  const run = (args: string[], day?: string) => execFileSync('git', ['-C', repo, '-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], {
    env: { ...process.env, GIT_AUTHOR_DATE: `${day}T12:00:00Z`, GIT_COMMITTER_DATE: `${day}T12:00:00Z` },
  });
  run(['init', '-q']);
  for (const [day, files] of commits) {
    for (const file of files) {
      mkdirSync(join(repo, 'content', file, '..'), { recursive: true });
      writeFileSync(join(repo, 'content', file), `${day}\n`);
    }
    run(['add', '-A']);
    run(['commit', '-q', '-m', day], day);
  }
  return join(repo, 'content');
}

describe('libraryDepositDates', () => {
  it('gives each library the day of the last commit that changed a file in its folder', () => {
    const content = checkout([
      ['2025-01-10', ['libraries/squ/a.mrc', 'libraries/nizwa/b.mrc', 'README.md']],
      ['2025-03-02', ['libraries/squ/a.mrc']],
      ['2025-04-20', ['README.md']],
      ['2025-05-05', ['libraries/nizwa/library.yml']],
    ]);
    expect(Object.fromEntries(libraryDepositDates(content, ['squ', 'nizwa', 'sohar']))).toEqual({ squ: '2025-03-02', nizwa: '2025-05-05' });
  });

  it('does not take a library whose code only starts like another one\'s', () => {
    const content = checkout([
      ['2025-01-10', ['libraries/squ/a.mrc']],
      ['2025-02-10', ['libraries/squ-main/a.mrc']],
    ]);
    expect(libraryDepositDates(content, ['squ']).get('squ')).toBe('2025-01-10');
  });

  it('gives nothing outside a git checkout', () => {
    expect(libraryDepositDates(scratch(), ['squ']).size).toBe(0);
  });
});
