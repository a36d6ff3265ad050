import { writeFile } from 'node:fs/promises';
import { formatDiagnostic } from '../../src/ingest/diagnostics/format-diagnostic.ts';
import type { Diagnostic } from '../../src/ingest/diagnostics/diagnostic.ts';
import { diagnosticJsonLines, diagnosticSummary } from '../../src/ingest/emit/diagnostics-report.ts';
import { marcJsonRecord } from '../../src/ingest/emit/marc-json-writer.ts';
import { marcXmlCollectionEnd, marcXmlCollectionStart, marcXmlRecord } from '../../src/ingest/emit/marcxml-writer.ts';
import { mrkRecord } from '../../src/ingest/emit/mrk-writer.ts';
import type { MarcRecord } from '../../src/ingest/marc/marc-record.ts';
import { readDecodedRecords } from '../../src/ingest/read-decoded-records.ts';
import { formatFromFileName, type CatalogueFormat } from '../../src/ingest/profile/check-library-files.ts';
import { createBufferedOutput } from './buffered-output.ts';
import { parseCommandLine } from './parse-command-line.ts';

const help = `fihris convert FILE... --to marcxml|mrk|json [--from FORMAT] [--encoding ENC] [--report FILE]

Reads MARC files of any supported kind (ISO 2709 in UTF-8, MARC-8 or Windows-1256,
MARCXML, MARC-in-JSON, MRK, CSV/XLSX spreadsheets; .gz too) and writes the records in
Unicode to standard output. Problems go to standard error, one line each, saying where
(file, record, byte) and what to do.

  --to FORMAT      marcxml (a MARC21 slim collection), mrk (MarcEdit text), json (MARC-in-JSON array)
  --from FORMAT    iso2709, marcxml, marc-json, mrk, csv, xlsx   (default: from the file extension)
  --encoding ENC   auto, utf-8, marc-8, windows-1256 for ISO 2709 (default: auto, detected per record)
  --report FILE    also write every diagnostic as JSON lines to FILE, and a summary to standard error

Exit codes: 0 every record converted, 1 some records were rejected, 2 wrong usage.
`;

const writers = {
  marcxml: { start: marcXmlCollectionStart, record: marcXmlRecord, separator: '', end: marcXmlCollectionEnd },
  mrk: { start: () => '', record: mrkRecord, separator: '\n', end: () => '' },
  json: { start: () => '[\n', record: (r: MarcRecord) => JSON.stringify(marcJsonRecord(r)), separator: ',\n', end: () => '\n]\n' },
} as const;

const encodings = ['auto', 'utf-8', 'marc-8', 'windows-1256'] as const;
const formats: CatalogueFormat[] = ['iso2709', 'marcxml', 'marc-json', 'mrk', 'csv', 'xlsx'];

export async function runConvert(args: string[]): Promise<number> {
  const command = parseCommandLine(args, {
    to: { type: 'string' },
    from: { type: 'string' },
    encoding: { type: 'string', default: 'auto' },
    report: { type: 'string' },
  }, help, true);
  if (!command.parsed) return command.exitCode;
  const { values, positionals: files } = command.parsed;
  const writer = writers[values.to as keyof typeof writers];
  const encoding = encodings.find((e) => e === values.encoding);
  const usageError = !writer ? `--to must be one of ${Object.keys(writers).join(', ')}.`
    : !encoding ? `--encoding must be one of ${encodings.join(', ')}.`
    : values.from && !formats.includes(values.from as CatalogueFormat) ? `--from must be one of ${formats.join(', ')}.`
    : files.length === 0 ? 'Give at least one FILE.' : undefined;
  if (usageError) {
    process.stderr.write(`${usageError}\n\n${help}`);
    return 2;
  }

  const diagnostics: Diagnostic[] = [];
  let rejected = 0;
  let written = 0;
  const output = createBufferedOutput(process.stdout);
  output.write(writer.start());
  for (const path of files) {
    const format = (values.from as CatalogueFormat | undefined) ?? formatFromFileName(path);
    if (!format) {
      process.stderr.write(`${path}: cannot tell the format from the extension; give --from.\n`);
      return 2;
    }
    for await (const result of readDecodedRecords({ absolutePath: path, file: path, format, encoding: encoding! })) {
      for (const d of result.diagnostics) process.stderr.write(`${formatDiagnostic(d, 'en')}\n`);
      diagnostics.push(...result.diagnostics);
      if (result.kind === 'rejected') {
        rejected += 1;
        continue;
      }
      const full = output.write(`${written > 0 ? writer.separator : ''}${writer.record(result.record)}`);
      if (full) await full;
      written += 1;
    }
  }
  await output.write(writer.end());
  await output.flush();
  if (values.report) {
    await writeFile(values.report, [...diagnosticJsonLines(diagnostics)].map((line) => `${line}\n`).join(''));
    process.stderr.write(`${diagnosticSummary(diagnostics, 'en')}\n`);
  }
  process.stderr.write(`${written} records converted, ${rejected} rejected.\n`);
  return rejected > 0 ? 1 : 0;
}
