import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { fixturesDir } from './fixture-repository.ts';

const root = resolve(fixturesDir, '../../..');
const workflowsDir = join(root, '.github/workflows');
const run = promisify(execFile);

/** The subcommands the project promises (README, workflows); snapshot and verify-snapshot are the release workflow's. */
const promisedCommands = ['build', 'convert', 'validate', 'validate-pr', 'serve', 'snapshot', 'verify-snapshot'];

interface Step { run?: string; uses?: string; with?: Record<string, unknown> }
interface Workflow { on: Record<string, unknown>; jobs: Record<string, { steps: Step[] }> }

async function workflows(): Promise<Array<[string, Workflow]>> {
  const names = (await readdir(workflowsDir)).filter((name) => /\.ya?ml$/.test(name)).sort();
  return Promise.all(names.map(async (name) => [name, parseYaml(await readFile(join(workflowsDir, name), 'utf8')) as Workflow] as [string, Workflow]));
}

function runLines(workflow: Workflow): string[] {
  return Object.values(workflow.jobs).flatMap((job) => job.steps.flatMap((step) => step.run?.split('\n') ?? []));
}

describe('GitHub workflows', () => {
  test('every workflow parses as YAML with jobs and steps', async () => {
    const all = await workflows();
    expect(all.map(([name]) => name)).toEqual(expect.arrayContaining(['pr-validate.yml', 'release.yml']));
    for (const [, workflow] of all) expect(Object.values(workflow.jobs).every((job) => Array.isArray(job.steps) || 'uses' in job)).toBe(true);
  });

  test('every fihris command a workflow calls is one the project promises', async () => {
    const called = (await workflows()).flatMap(([, w]) => runLines(w)).flatMap((line) => [...line.matchAll(/npx fihris ([a-z-]+)/g)].map((m) => m[1]));
    expect(called).toEqual(expect.arrayContaining(['validate-pr', 'snapshot']));
    for (const command of called) expect(promisedCommands).toContain(command);
  });

  test('the pull request check runs on library folders with the full history and compares with the base branch', async () => {
    const workflow = Object.fromEntries(await workflows())['pr-validate.yml'];
    expect(workflow.on).toEqual({ pull_request: { paths: ['content/libraries/**'] } });
    const steps = workflow.jobs.validate.steps;
    expect(steps.find((s) => s.uses?.startsWith('actions/checkout'))?.with).toEqual({ 'fetch-depth': 0 });
    expect(runLines(workflow)).toContain('npx fihris validate-pr --base "origin/${{ github.base_ref }}"');
  });

  test('the release verifies the archive fihris snapshot packs next to its --out folder, then attaches it', async () => {
    const lines = runLines(Object.fromEntries(await workflows())['release.yml']);
    expect(lines).toContain('npx fihris snapshot --content content --out snapshot --base "/${{ github.event.repository.name }}/"');
    expect(lines).toContain('npx fihris verify-snapshot snapshot.tar.gz');
    expect(lines).toContain('mv snapshot.tar.gz "$BUNDLE"');
  });
});

describe('the fihris command table', () => {
  test.each(promisedCommands)('fihris %s exists and answers --help', async (command) => {
    const { stdout } = await run(process.execPath, [join(root, 'scripts/fihris.ts'), command, '--help']);
    expect(stdout).toContain(`fihris ${command}`);
  }, 30_000);
});

describe('CODEOWNERS', () => {
  test('gives every library folder in content/ an owner', async () => {
    const owners = await readFile(join(root, '.github/CODEOWNERS'), 'utf8');
    const libraries = (await readdir(join(root, 'content/libraries'), { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
    const owned = [...owners.matchAll(/^\/content\/libraries\/([^/]+)\/\s+@\S+/gm)].map((m) => m[1]);
    expect(libraries.length).toBeGreaterThan(0);
    expect(owned).toEqual(expect.arrayContaining(libraries));
  });
});
