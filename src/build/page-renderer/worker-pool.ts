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
