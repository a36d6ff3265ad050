/**
 * The version of the code that turns a library's files into its ingest result: a change to
 * any of it must make every cached library a miss. It is the source text of the ingest and
 * shared zones, the lockfile (the CSV, XML, YAML and spreadsheet readers are dependencies)
 * and the Node version (TextDecoder and the structured formats come from the runtime).
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const sourceRoot = join(dirname(fileURLToPath(import.meta.url)), '../..');
const lockfile = join(sourceRoot, '../package-lock.json');

let computed: Promise<string> | undefined;

/** Hex sha256 of the ingest code; read once per process (the sources do not change under a running build). */
export function ingestCodeVersion(): Promise<string> {
  computed ??= hashIngestCode();
  return computed;
}

function hashIngestCode(): Promise<string> {
  return hashSourceCode([join(sourceRoot, 'ingest'), join(sourceRoot, 'shared')]);
}

/**
 * Hex sha256 of code whose output a cache keeps: Node's version (`salt` before it, when given),
 * every .ts file under `folders` and each of `files` by its path from src/ and its text, in path
 * order, then the lockfile (the dependencies). The search index's cache hashes its code with it too.
 */
export async function hashSourceCode(folders: string[], files: string[] = [], salt?: string): Promise<string> {
  const hash = createHash('sha256');
  if (salt !== undefined) hash.update(`${salt}\0`);
  hash.update(`node ${process.version}\0`);
  const all = [...(await Promise.all(folders.map(typeScriptFiles))).flat(), ...files];
  for (const file of all.sort()) {
    hash.update(`${relative(sourceRoot, file)}\0`).update(await readFile(file)).update('\0');
  }
  hash.update('package-lock.json\0').update(await readFile(lockfile).catch(() => new Uint8Array(0)));
  return hash.digest('hex');
}

async function typeScriptFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.ts')).map((e) => join(e.parentPath, e.name));
}
