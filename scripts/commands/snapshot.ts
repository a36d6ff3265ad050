import { createSnapshot, SnapshotUsageError } from '../../src/archive/snapshot.ts';
import { parseCommandLine } from './parse-command-line.ts';

const help = `fihris snapshot --out DIR [--content DIR] [--base PATH] [--site URL]

Builds a versioned, self-contained archival bundle: the site (dumps included) in OUT/site,
OUT/build-metadata.json (commits, input checksums per library, tool versions, date),
OUT/SHA256SUMS, OUT/manifest.json (every file with its size and SHA-256), and OUT.tar.gz.
Two snapshots of the same commit are byte-identical: the only date is SOURCE_DATE_EPOCH
or else the content's last commit date, never the clock.

  --out DIR       a new or empty folder for the bundle (required)
  --content DIR   content folder with libraries/<code>/library.yml   (default: content)
  --base PATH     URL path the site is served under                  (default: /)
  --site URL      public URL of the site root, for sitemaps and OAI files

Exit codes: 0 written, 2 wrong usage, 3 the build failed.
`;

export async function runSnapshot(args: string[]): Promise<number> {
  const command = parseCommandLine(args, {
    out: { type: 'string' },
    content: { type: 'string', default: 'content' },
    base: { type: 'string', default: '/' },
    site: { type: 'string' },
  }, help, false);
  if (!command.parsed) return command.exitCode;
  const { values } = command.parsed;
  if (!values.out) {
    process.stderr.write(`--out DIR is required.\n\n${help}`);
    return 2;
  }
  try {
    const summary = await createSnapshot({
      contentDir: values.content, outDir: values.out, basePath: values.base, siteUrl: values.site,
      log: (line) => process.stderr.write(`${line}\n`),
    });
    process.stderr.write(`Snapshot of ${summary.unionRecords} union records: ${summary.files} files in ${summary.outDir}, archive ${summary.tarPath}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof SnapshotUsageError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
}
