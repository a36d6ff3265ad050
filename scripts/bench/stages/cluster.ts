/**
 * Stage: clustering alone. Every library goes through the stages up to merging
 * (checkLibraryFolder), then clusterRecords is timed by itself; the clusters are scored
 * against the generator's ground truth (truth.tsv).
 *   node cluster.ts <consortiumDir>
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ClusterInput } from '../../../src/ingest/merge/cluster-input.ts';
import { clusterRecords } from '../../../src/ingest/merge/cluster-records.ts';
import { checkLibraryFolder } from '../../../src/ingest/pipeline.ts';
import { scoreClusters } from '../cluster-quality.ts';
import { reportStage, seconds } from '../stage-result.ts';

const dir = process.argv[2];
const preparing = performance.now();
const inputs: ClusterInput[] = [];
for (const code of readdirSync(join(dir, 'libraries')).sort()) {
  const check = await checkLibraryFolder(join(dir, 'libraries', code));
  for (const input of check.clusterInputs) inputs.push(input);
}
const prepareSeconds = seconds(preparing);
const clustering = performance.now();
const clusters = clusterRecords(inputs);
const clusterSeconds = seconds(clustering);
const quality = scoreClusters(join(dir, 'truth.tsv'), clusters);
reportStage({ records: inputs.length, clusters: clusters.length, prepareSeconds, seconds: clusterSeconds, ...quality });
