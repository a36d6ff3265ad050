/**
 * Vitest global setup for the browser tests: builds the sample catalogue in content/ with
 * the real `fihris build` command, serves it on 127.0.0.1, and hands the URL to the tests.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../src/serve/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    siteDir: string;
  }
}

export default async function setup(project: TestProject) {
  const siteDir = await mkdtemp(join(tmpdir(), 'fihris-e2e-site-'));
  const build = spawnSync(process.execPath, ['scripts/fihris.ts', 'build', '--content', 'content', '--out', siteDir], {
    encoding: 'utf8',
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  if (build.status !== 0) throw new Error(`fihris build failed (exit ${build.status}):\n${build.stderr}`);
  const server = await startStaticServer({ root: siteDir });
  project.provide('siteUrl', server.url);
  project.provide('siteDir', siteDir);
  return async () => {
    await server.close();
    await rm(siteDir, { recursive: true, force: true });
  };
}
