import type { Worker } from "node:worker_threads";
import type { CheckedReadSetup, FileRead } from "@phuluc/consolidate/read";
import { readFileSafely, type ReadTask } from "./read-file.js";
import { readSetupFrom } from "./read-setup.js";

/**
 * A reading thread's young generation. Reading makes short-lived garbage
 * fast; V8's default lets each thread's heap grow to some 150 MB (peak
 * 357 MB at 10,000 files). 8 MB kept it near 100 MB, but a file's own
 * objects then outlived a scavenge and were promoted: 16% of a thread's
 * time was garbage collection; at 16 MB it is 7–9%, for the same peak
 * (measured at 1,000, 2,000 and 10,000 files).
 */
const WORKER_YOUNG_GENERATION_MB = 16;

export interface WorkerReadOptions {
  threads: number;
  /** This thread reads too, from the same queue (for folders too small to pay for threads reading alone). */
  alongside: boolean;
  onProgress?: (done: number) => void;
}

/** Lets the threads' messages in between two files read here. */
const letMessagesIn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Reads in `threads` worker threads fed batches of files, results in the
 * order given. When `alongside`, this thread reads from the same queue one
 * file at a time while the threads start and read (the threads' batches are
 * then small, so that none is left waiting at the end). Threads reading
 * alone leave this thread's heap to the results: its own reading made the
 * heap grow past what a thread saves at 10,000 files.
 */
export async function readInWorkers(tasks: readonly ReadTask[], script: URL, checked: CheckedReadSetup, options: WorkerReadOptions): Promise<FileRead[]> {
  const { threads, alongside } = options;
  const results: FileRead[] = new Array(tasks.length);
  const batch = alongside ? 2 : Math.max(1, Math.min(16, Math.ceil(tasks.length / (threads * 8))));
  let next = 0;
  let done = 0;
  let messageId = 0;
  const workers: Worker[] = [];
  // Taken only when threads are used: a small folder is read without them.
  const { Worker } = process.getBuiltinModule("node:worker_threads");
  try {
    await new Promise<void>((resolve, reject) => {
      const pending = new Map<number, number>();
      const arrived = (n: number) => {
        done += n;
        options.onProgress?.(done);
        if (done === tasks.length) resolve();
      };
      const feed = (worker: Worker) => {
        if (next >= tasks.length) return;
        const start = next;
        const slice = tasks.slice(start, start + batch);
        next += slice.length;
        const id = messageId++;
        pending.set(id, start);
        worker.postMessage({ id, tasks: slice });
      };
      for (let i = 0; i < threads; i++) {
        const worker = new Worker(script, { workerData: checked, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
        workers.push(worker);
        worker.on("message", (message: { id: number; results: FileRead[] }) => {
          const start = pending.get(message.id) ?? 0;
          pending.delete(message.id);
          message.results.forEach((r, j) => (results[start + j] = r));
          feed(worker);
          arrived(message.results.length);
        });
        worker.on("error", reject);
        worker.on("exit", (code) => {
          if (code !== 0 && done < tasks.length) reject(new Error(`luồng đọc tệp dừng bất thường (mã ${code})`));
        });
        // Two batches in flight per thread, so none waits for the next.
        feed(worker);
        feed(worker);
      }
      if (alongside) {
        void (async () => {
          const setup = readSetupFrom(checked);
          while (next < tasks.length) {
            const at = next++;
            results[at] = await readFileSafely(tasks[at] as ReadTask, setup);
            arrived(1);
            await letMessagesIn();
          }
        })().catch(reject);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
