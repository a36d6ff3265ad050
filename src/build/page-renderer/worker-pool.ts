/**
 * A fixed number of worker threads, each taking one batch at a time: a batch goes to the
 * first idle worker, or waits for one. A worker that fails fails its batch and every waiting one.
 */
import { Worker } from 'node:worker_threads';

export interface WorkerPool<Batch, Result> {
  run(batch: Batch): Promise<Result>;
  close(): Promise<void>;
}

interface Pending<Batch, Result> { batch: Batch; resolve: (result: Result) => void; reject: (error: Error) => void }

export function createWorkerPool<Batch, Result>(file: URL, size: number, options: { workerData: unknown; env: NodeJS.ProcessEnv }): WorkerPool<Batch, Result> {
  const idle: Worker[] = [];
  const queue: Array<Pending<Batch, Result>> = [];
  const busy = new Map<Worker, Pending<Batch, Result>>();
  const give = (worker: Worker) => {
    const next = queue.shift();
    if (!next) { idle.push(worker); return; }
    busy.set(worker, next);
    worker.postMessage(next.batch);
  };
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(file, { workerData: options.workerData, env: options.env });
    worker.on('message', (result: Result) => {
      busy.get(worker)?.resolve(result);
      busy.delete(worker);
      give(worker);
    });
    // Any failure fails the build: what waits is rejected too, so nothing hangs.
    worker.on('error', (error) => {
      busy.get(worker)?.reject(error);
      busy.delete(worker);
      for (const pending of queue.splice(0)) pending.reject(error);
    });
    idle.push(worker);
    return worker;
  });
  return {
    run: (batch) => new Promise<Result>((resolve, reject) => {
      queue.push({ batch, resolve, reject });
      const worker = idle.shift();
      if (worker) give(worker);
    }),
    close: async () => { await Promise.all(workers.map((worker) => worker.terminate())); },
  };
}

export interface BatchFeeder<Job> {
  /** Adds a job; when its batch is full it is sent, and this waits while `maxInFlight` batches are out. */
  add(job: Job): Promise<void>;
  /** Sends the last batch and waits for every batch sent. */
  finish(): Promise<void>;
}

/**
 * Gathers jobs into batches for `run` (a pool's), with at most `maxInFlight` batches sent and
 * not done: the thread feeding a pool holds a few batches of jobs, never the whole catalogue's.
 * @example const feeder = createBatchFeeder(pool.run, 100); for (const job of jobs) await feeder.add(job); await feeder.finish();
 */
export function createBatchFeeder<Job>(run: (batch: Job[]) => Promise<unknown>, batchSize: number, maxInFlight = 4): BatchFeeder<Job> {
  const inFlight = new Set<Promise<unknown>>();
  let batch: Job[] = [];
  const send = async () => {
    const sent = run(batch).then(() => { inFlight.delete(sent); });
    // Its failure reaches the caller through the race below or `finish`; one no longer awaited
    // (the caller stopped at another failure) must not also stop the process as unhandled.
    sent.catch(() => {});
    inFlight.add(sent);
    batch = [];
    if (inFlight.size >= maxInFlight) await Promise.race(inFlight);
  };
  return {
    add: async (job) => {
      batch.push(job);
      if (batch.length >= batchSize) await send();
    },
    finish: async () => {
      if (batch.length) await send();
      await Promise.all(inFlight);
    },
  };
}
