/**
 * A JSON file the build staged in the site-data folder ($FIHRIS_SITE_DATA by default), read once
 * per process; undefined when there is no folder or no such file (an older fixture, a bench
 * render). Not checked against a schema: the build wrote it in this run, for these pages.
 * @example readStagedJson<ReportData>('reports.json')?.libraries
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const cache = new Map<string, unknown>();

export function readStagedJson<T>(name: string, folder: string | undefined = process.env.FIHRIS_SITE_DATA): T | undefined {
  if (!folder) return undefined;
  const file = join(resolve(folder), name);
  if (!cache.has(file)) cache.set(file, existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);
  return cache.get(file) as T | undefined;
}
