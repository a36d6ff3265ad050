/** The report inputs from an ingest result: profiles, records, accounting, diagnostics, 008s. */
import { sourceRecordKey, type IngestResult } from '../ingest/pipeline.ts';
import type { ReportInputs } from './compute-reports.ts';
import { validFixedField008 } from './quality-tally.ts';

export function reportInputsFromIngest(ingest: IngestResult): ReportInputs {
  const libraries = ingest.libraries.flatMap(({ profile }) =>
    profile ? [{ code: profile.code, name: profile.name, city: profile.city }] : []);
  const accounting = ingest.libraries.map(({ code, recordsRead, recordsAccepted, recordsRejected }) =>
    ({ code, recordsRead, recordsAccepted, recordsRejected }));
  return {
    libraries,
    records: ingest.unionRecords,
    accounting,
    diagnostics: ingest.diagnostics,
    facts: {
      // union.jsonl does not carry the 008, so it is read from the stored source record.
      fixedField008: (member) => validFixedField008(ingest.sourceRecords.controlField(sourceRecordKey(member), '008')),
    },
  };
}
