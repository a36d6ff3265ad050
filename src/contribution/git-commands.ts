/**
 * The few git operations validate-pr needs. Paths come NUL-separated (-z) so Arabic file
 * names arrive as written, not as git's quoted octal escapes.
 */
import { execFile } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A git command that failed, with git's own words; the caller shows it to the person running the check. */
export class GitError extends Error {}

async function git(args: string[], cwd: string): Promise<string> {
  try {
    const { stdout } = await run('git', args, { cwd, maxBuffer: 1 << 28, encoding: 'utf8' });
    return stdout;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new GitError(`git ${args.join(' ')} failed: ${stderr || String(error)}`);
  }
}

/**
 * Paths under content/ changed between the merge base of `base` and HEAD (what the pull
 * request itself changes). Renames are split into a removal and an addition, so moving a
 * file out of one library's folder shows up in both libraries.
 */
export async function changedContentPaths(repoDir: string, base: string): Promise<string[]> {
  const out = await git(['diff', '--name-only', '--no-renames', '-z', `${base}...HEAD`, '--', 'content/'], repoDir);
  return out.split('\0').filter(Boolean);
}

/** Checks that `ref` names a commit, with a hint for the usual cause in CI: a shallow clone. */
export async function checkRef(repoDir: string, ref: string): Promise<void> {
  await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], repoDir).catch(() => {
    throw new GitError(`"${ref}" is not a commit in this repository. In GitHub Actions, check out with fetch-depth: 0 so the base branch is there.`);
  });
}

/**
 * Writes the content/ folder as it is at `ref` into `targetDir` (targetDir/content/…).
 * A ref without a content folder gives an empty one. Git LFS files would come out as pointers.
 */
export async function extractContentAt(repoDir: string, ref: string, targetDir: string): Promise<string> {
  await mkdir(targetDir, { recursive: true });
  const archive = join(targetDir, 'content.tar');
  const contentDir = join(targetDir, 'content');
  try {
    await git(['archive', '--format=tar', '-o', archive, ref, '--', 'content'], repoDir);
    await run('tar', ['-xf', archive, '-C', targetDir]);
  } catch {
    await mkdir(contentDir, { recursive: true });
  } finally {
    await rm(archive, { force: true });
  }
  return contentDir;
}
