import { describe, expect, it } from 'vitest';
import { createBatchFeeder } from '../../../src/build/page-renderer/worker-pool.ts';

/** A `run` that finishes each batch when told, recording what it was sent and how many were out at once. */
function controlledRun() {
  const sent: number[][] = [];
  const finishers: Array<(error?: Error) => void> = [];
  let out = 0;
  let mostOut = 0;
  const run = (batch: number[]) => new Promise<void>((resolve, reject) => {
    sent.push(batch);
    mostOut = Math.max(mostOut, ++out);
    finishers.push((error) => { out--; if (error) reject(error); else resolve(); });
  });
  return { run, sent, finishers, mostOut: () => mostOut };
}

describe('createBatchFeeder', () => {
  it('sends every job once, in order, in batches of the given size, the last one short', async () => {
    const sent: number[][] = [];
    const feeder = createBatchFeeder(async (batch: number[]) => { sent.push(batch); }, 3);
    for (let job = 1; job <= 7; job++) await feeder.add(job);
    await feeder.finish();
    expect(sent).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
  });

  it('waits while as many batches as allowed are out, so the feeding thread never holds more', async () => {
    const { run, sent, finishers, mostOut } = controlledRun();
    const feeder = createBatchFeeder(run, 1, 2);
    let secondReturned = false;
    await feeder.add(1);
    const second = feeder.add(2).then(() => { secondReturned = true; });
    await new Promise(setImmediate);
    expect(sent).toEqual([[1], [2]]);
    expect(secondReturned).toBe(false);

    finishers[0]();
    await second;
    const third = feeder.add(3);
    finishers[1]();
    await third;
    finishers[2]();
    await feeder.finish();
    expect(sent).toEqual([[1], [2], [3]]);
    expect(mostOut()).toBe(2);
  });

  it('fails the caller with a failed batch\'s error', async () => {
    const { run, finishers } = controlledRun();
    const feeder = createBatchFeeder(run, 1, 2);
    await feeder.add(1);
    const second = feeder.add(2);
    finishers[0](new Error('worker stopped: ENOSPC'));
    await expect(second).rejects.toThrow('worker stopped: ENOSPC');
  });

  it('leaves no failed batch unhandled when its caller stops at another failure before finishing', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const { run, finishers } = controlledRun();
      const feeder = createBatchFeeder(run, 1, 4);
      await feeder.add(1);
      finishers[0](new Error('worker stopped: ENOSPC'));
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
