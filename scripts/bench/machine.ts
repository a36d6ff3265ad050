/** The machine a benchmark ran on, for the record next to its figures. */
import { cpus, totalmem } from 'node:os';

export function describeMachine(): { cpus: number; cpuModel: string; memoryGiB: number; node: string; platform: string } {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}
