/**
 * `fihris validate-pr`: what a pull request does to the catalogue. Finds the library
 * folders it changes, ingests the whole content folder at the base and at HEAD, and
 * compares each changed library. Both sides are full ingests so that union records
 * affected can be counted: twice the cost of one build's ingest, seconds at the
 * consortium's size today; restrict with IngestOptions.libraryCodes if that stops being so.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deleteWhenStopped } from '../build/delete-when-stopped.ts';
import { readIdRegistry } from '../ingest/merge/id-registry.ts';
import { ingestCatalogue } from '../ingest/pipeline.ts';
import { snapshotFromIngest, type CatalogueSnapshot } from './catalogue-snapshot.ts';
import { groupChangedPaths } from './changed-libraries.ts';
import { changedContentPaths, checkRef, extractContentAt } from './git-commands.ts';
import { describeLibraryChange } from './library-change.ts';
import type { PullRequestReport } from './pull-request-report.ts';

export interface ValidatePullRequestOptions {
  /** The repository's working tree, checked out at the pull request's HEAD. */
  repoDir: string;
  /** The ref the pull request goes into, e.g. origin/main. */
  base: string;
  log?: (line: string) => void;
}

export async function validatePullRequest(options: ValidatePullRequestOptions): Promise<PullRequestReport> {
  const { repoDir, base, log = () => {} } = options;
  await checkRef(repoDir, base);
  const changed = groupChangedPaths(await changedContentPaths(repoDir, base));
  const report: PullRequestReport = { base, libraries: [], needsMaintainer: changed.needsMaintainer };
  if (changed.libraryCodes.length === 0) return report;

  const workDir = await mkdtemp(join(tmpdir(), 'fihris-validate-pr-'));
  const workDirWhenStopped = deleteWhenStopped([workDir]);
  try {
    log(`reading the catalogue at ${base} …`);
    const baseSnapshot = await snapshotAt(await extractContentAt(repoDir, base, workDir), join(repoDir, 'content'));
    // HEAD is read from the working tree: in CI it is the checked-out pull request.
    log('reading the catalogue at HEAD …');
    const headSnapshot = await snapshotAt(join(repoDir, 'content'), join(repoDir, 'content'));
    for (const code of changed.libraryCodes) {
      const change = describeLibraryChange(code, baseSnapshot, headSnapshot);
      report.libraries.push(change);
      if (change.status === 'removed') report.needsMaintainer.push(`content/libraries/${code}/`);
    }
  } finally {
    await rm(workDir, { recursive: true, force: true });
    workDirWhenStopped.release();
  }
  return report;
}

/**
 * One side, ingested. Both sides use HEAD's id registry, so a union record that did not
 * change keeps the same id on both sides and the affected ones can be compared.
 */
async function snapshotAt(contentDir: string, registryContentDir: string): Promise<CatalogueSnapshot> {
  const registryText = await readFile(join(registryContentDir, 'registry', 'union-ids.tsv'), 'utf8').catch(() => '');
  const ingest = await ingestCatalogue({ contentDir, registry: readIdRegistry(registryText) });
  return snapshotFromIngest(ingest);
}
