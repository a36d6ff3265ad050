import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, test } from 'vitest';
import { reportExitCode } from '../../../src/contribution/pull-request-report.ts';
import { summaryMarkdown } from '../../../src/contribution/summary-markdown.ts';
import { validatePullRequest } from '../../../src/contribution/validate-pull-request.ts';
import { createFixturePullRequest, fixturesDir, type FixturePullRequest } from './fixture-repository.ts';

const fihris = resolve(fixturesDir, '../../../scripts/fihris.ts');
let pullRequest: FixturePullRequest | undefined;
afterEach(async () => {
  await pullRequest?.remove();
  pullRequest = undefined;
});

async function check(overlay?: string, edit?: (contentDir: string) => Promise<void>) {
  pullRequest = await createFixturePullRequest(overlay, edit);
  const report = await validatePullRequest({ repoDir: pullRequest.repoDir, base: 'main' });
  const markdown = summaryMarkdown(report);
  const [arabic, english] = markdown.split('\n---\n');
  return { report, exitCode: reportExitCode(report), arabic, english };
}

describe('fihris validate-pr on fixture pull requests', { timeout: 30_000 }, () => {
  test('passes a clean pull request and lists the records added, changed and removed', async () => {
    const { report, exitCode, arabic, english } = await check('pr-clean');
    expect(exitCode).toBe(0);
    expect(report.libraries.map((l) => l.code)).toEqual(['nizwa-public']);
    expect(english).toContain('### ✅ `nizwa-public`: update, no errors');
    expect(english).toContain('- added: `nz-4`\n- removed: `nz-3`\n- changed: `nz-2`');
    expect(english).toContain('| Union records affected | 3 |');
    expect(english).toContain('**Result: the check passed.**');
    expect(arabic).toContain('### ✅ `nizwa-public`: تحديث، لا أخطاء');
    expect(arabic).toContain('- أُضيفت: `nz-4`\n- حُذفت: `nz-3`\n- تغيّرت: `nz-2`');
    expect(arabic).toContain('**النتيجة: نجح الفحص.**');
  });

  test('fails a pull request whose new record has an error, and gives the advice in Arabic then English', async () => {
    const { exitCode, arabic, english } = await check('pr-record-errors');
    expect(exitCode).toBe(1);
    expect(english).toContain('| errors | 1 | 1 |');
    expect(english).toContain('- `validate.missing-title` `libraries/nizwa-public/catalogue.mrk`, record 4, 245: The record has no title (245 $a is missing or empty). Add the title proper in 245 $a in your library system');
    expect(arabic).toContain('- `validate.missing-title` `libraries/nizwa-public/catalogue.mrk`, تسجيلة 4, 245: التسجيلة بلا عنوان');
    expect(english).toContain('**Result: the check failed.');
  });

  test('fails a pull request whose library.yml reads another library\'s dump', async () => {
    const { report, exitCode, english, arabic } = await check('pr-other-library');
    expect(exitCode).toBe(1);
    expect(report.libraries[0].records.added).toEqual([]);
    expect(english).toContain('`profile.file-outside-folder` `libraries/nizwa-public/library.yml`: library.yml lists the file "../sohar-college/catalogue.mrk", which is outside this library\'s folder; it was not read.');
    expect(arabic).toContain('يذكر ملف library.yml الملف «../sohar-college/catalogue.mrk» وهو خارج مجلد هذه المكتبة');
  });

  test('fails a pull request with a broken library.yml, naming the field with a valid example in both languages', async () => {
    const { report, exitCode, english, arabic } = await check('pr-broken-profile');
    expect(exitCode).toBe(1);
    expect(report.libraries[0].profileBroken).toBe(true);
    expect(english).toContain('library.yml: the field "coordinates.lon" is not valid');
    expect(english).toContain('Correct "coordinates.lon". A valid example: coordinates: { lat: 22.9333, lon: 57.5333 }');
    expect(arabic).toContain('library.yml: الحقل «coordinates.lon» غير صحيح');
    expect(arabic).toContain('صحّح «coordinates.lon». مثال صحيح: coordinates: { lat: 22.9333, lon: 57.5333 }');
    expect(english).toContain('library.yml has errors, so none of the library\'s files was read');
  });

  test('validates each changed library on its own and reports a new library as added', async () => {
    const { report, exitCode, english } = await check('pr-clean', async (content) => {
      await mkdir(join(content, 'libraries/bahla-school'), { recursive: true });
      await writeFile(join(content, 'libraries/bahla-school/library.yml'), 'code: bahla-school\n');
    });
    expect(report.libraries.map((l) => [l.code, l.status, l.fails])).toEqual([['bahla-school', 'added', true], ['nizwa-public', 'updated', false]]);
    expect(exitCode).toBe(1);
    expect(english).toContain('### ❌ `bahla-school`: new library, has errors to fix');
  });

  test('sends changes outside the library folders to a maintainer without failing', async () => {
    const { report, exitCode, english } = await check(undefined, async (content) => {
      await mkdir(join(content, 'registry'), { recursive: true });
      await writeFile(join(content, 'registry/union-ids.tsv'), '');
    });
    expect(report.libraries).toEqual([]);
    expect(exitCode).toBe(0);
    expect(english).toContain('### Changes that need a maintainer');
    expect(english).toContain('- `content/registry/union-ids.tsv`');
    expect(english).toContain('This pull request changes no library folder.');
  });

  test('lists a deleted library folder for a maintainer, with all its records removed', async () => {
    const { report, english } = await check(undefined, (content) => rm(join(content, 'libraries/sohar-college'), { recursive: true }));
    expect(report.libraries[0]).toMatchObject({ code: 'sohar-college', status: 'removed' });
    expect(report.libraries[0].records.removed.map((r) => r.key)).toEqual(['sc-1', 'sc-2']);
    expect(english).toContain('- `content/libraries/sohar-college/`');
  });
});

// Each case starts a real `node scripts/fihris.ts`: slow on a busy machine.
describe('the validate-pr command', { timeout: 60_000 }, () => {
  const run = promisify(execFile);
  const node = process.execPath;

  test('exits 1 on a pull request with errors and writes the summary to --summary', async () => {
    pullRequest = await createFixturePullRequest('pr-record-errors');
    const summaryFile = join(pullRequest.repoDir, '..', `${pullRequest.repoDir.split('/').pop()}-summary.md`);
    const failure = await run(node, [fihris, 'validate-pr', '--base', 'main', '--summary', summaryFile], { cwd: pullRequest.repoDir, env: { ...process.env, GITHUB_STEP_SUMMARY: '' } })
      .then(() => undefined, (error: { code: number; stdout: string }) => error);
    expect(failure?.code).toBe(1);
    expect(failure?.stdout).toContain('`validate.missing-title`');
    expect(await readFile(summaryFile, 'utf8')).toBe(failure?.stdout);
    await rm(summaryFile);
  });

  test('exits 0 on a clean pull request', async () => {
    pullRequest = await createFixturePullRequest('pr-clean');
    const { stdout } = await run(node, [fihris, 'validate-pr', '--base', 'main'], { cwd: pullRequest.repoDir, env: { ...process.env, GITHUB_STEP_SUMMARY: '' } });
    expect(stdout).toContain('**Result: the check passed.**');
  });

  test('exits 2 with a hint when the base branch is not in the clone', async () => {
    pullRequest = await createFixturePullRequest('pr-clean');
    const failure = await run(node, [fihris, 'validate-pr', '--base', 'origin/main'], { cwd: pullRequest.repoDir })
      .then(() => undefined, (error: { code: number; stderr: string }) => error);
    expect(failure?.code).toBe(2);
    expect(failure?.stderr).toContain('"origin/main" is not a commit in this repository. In GitHub Actions, check out with fetch-depth: 0');
  });
});
