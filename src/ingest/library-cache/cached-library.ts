/**
 * What one library contributes to an ingest, before merging: exactly what the pipeline's
 * sinks received while it read that library, in the order they received it.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Rejection } from '../diagnostics/rejection.ts';
import type { PackedSourceRecords } from '../marc/source-record-store.ts';
import type { ClusterInput } from '../merge/cluster-input.ts';
import type { LibraryAccount } from '../pipeline.ts';

export interface CachedLibrary {
  account: LibraryAccount;
  diagnostics: Diagnostic[];
  rejections: Rejection[];
  sourceRecords: PackedSourceRecords;
  clusterInputs: ClusterInput[];
}
