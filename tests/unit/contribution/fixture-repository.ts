/**
 * Builds a pull request in a throwaway git repository: the base content from
 * tests/fixtures/contribution/base committed on main, then a branch with an overlay
 * copied on top (and any extra edits), committed. HEAD is the pull request.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const fixturesDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/contribution');

const gitIdentity = {
  GIT_AUTHOR_NAME: 'Fihris test', GIT_AUTHOR_EMAIL: 'test@fihris.invalid',
  GIT_COMMITTER_NAME: 'Fihris test', GIT_COMMITTER_EMAIL: 'test@fihris.invalid',
};

export function git(repoDir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: repoDir, env: { ...process.env, ...gitIdentity }, encoding: 'utf8' });
}

export interface FixturePullRequest {
  repoDir: string;
  remove: () => Promise<void>;
}

/** `overlay`: a folder under tests/fixtures/contribution copied over content/; `edit` runs before the PR commit. */
export async function createFixturePullRequest(overlay?: string, edit?: (contentDir: string) => Promise<void>): Promise<FixturePullRequest> {
  const repoDir = await mkdtemp(join(tmpdir(), 'fihris-pr-'));
  const contentDir = join(repoDir, 'content');
  git(repoDir, 'init', '--quiet', '--initial-branch=main');
  await cp(join(fixturesDir, 'base'), contentDir, { recursive: true });
  git(repoDir, 'add', '-A');
  git(repoDir, 'commit', '--quiet', '-m', 'base catalogue');
  git(repoDir, 'checkout', '--quiet', '-b', 'pull-request');
  if (overlay) await cp(join(fixturesDir, overlay), contentDir, { recursive: true });
  await edit?.(contentDir);
  git(repoDir, 'add', '-A');
  git(repoDir, 'commit', '--quiet', '--allow-empty', '-m', 'pull request');
  return { repoDir, remove: () => rm(repoDir, { recursive: true, force: true }) };
}
