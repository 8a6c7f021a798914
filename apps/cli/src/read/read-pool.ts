import { existsSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import type { Worker } from "node:worker_threads";
import type { CheckedReadSetup, FileRead, ReadSetupData } from "@phuluc/consolidate/read";
import { checkReadSetup } from "./check-read-setup.js";
import { readFileSafely, type ReadTask } from "./read-file.js";
import { readSetupFrom } from "./read-setup.js";

export interface ReadAllOptions {
  /** Reading threads; 0 reads in this thread; undefined decides by the number of files and cores. */
  threads?: number;
  setup: ReadSetupData;
  onProgress?: (done: number) => void;
}

/**
 * A reading thread's young generation. Reading makes short-lived garbage
 * fast; V8's default lets each thread's heap grow to some 150 MB (peak
 * 357 MB at 10,000 files). 8 MB kept it near 100 MB, but a file's own
 * objects then outlived a scavenge and were promoted: 16% of a thread's
 * time was garbage collection; at 16 MB it is 7–9%, for about the same
 * peak (measured at 1,000, 2,000 and 10,000 files).
 */
const WORKER_YOUNG_GENERATION_MB = 16;

/**
 * Bytes of workbooks a reading thread must have to pay for its start (its
 * bundle, its own JIT warm-up, the setup sent to it): some 150 annex
 * workbooks of a unit (measured: 67 province workbooks, 2 MB, are read faster
 * on the main thread; 700, 20 MB, faster with 2 threads).
 */
const BYTES_PER_THREAD = 4 * 1024 * 1024;
const MAX_THREADS = 4;

function fileBytes(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0; // Reading it will say why.
  }
}

/** Threads for the work: none unless there is enough of it for two, then one per BYTES_PER_THREAD, one per core at most. */
export function defaultThreads(tasks: readonly ReadTask[]): number {
  const most = Math.min(availableParallelism(), MAX_THREADS, Math.floor(tasks.length / 2));
  if (most < 2) return 0;
  let bytes = 0;
  for (const task of tasks) {
    bytes += fileBytes(task.path);
    if (bytes >= most * BYTES_PER_THREAD) return most;
  }
  const threads = Math.floor(bytes / BYTES_PER_THREAD);
  return threads < 2 ? 0 : threads;
}

function workerScript(): URL | undefined {
  const url = new URL("./read-worker.cjs", import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : undefined;
}

async function readInline(tasks: readonly ReadTask[], checked: CheckedReadSetup, options: ReadAllOptions): Promise<FileRead[]> {
  const setup = readSetupFrom(checked);
  const out: FileRead[] = [];
  for (const task of tasks) {
    out.push(await readFileSafely(task, setup));
    options.onProgress?.(out.length);
  }
  return out;
}

/**
 * Reads in `threads` worker threads fed batches of files. (This thread
 * reading too was tried: its heap, which also holds every result, grew
 * past what a worker saves.)
 */
async function readInWorkers(
  tasks: readonly ReadTask[],
  threads: number,
  script: URL,
  checked: CheckedReadSetup,
  options: ReadAllOptions,
): Promise<FileRead[]> {
  const results: FileRead[] = new Array(tasks.length);
  const batch = Math.max(1, Math.min(16, Math.ceil(tasks.length / (threads * 8))));
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
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}

/**
 * Reads and validates files, in worker threads when there are enough files
 * to pay for them (results in the order given). Each file is read once;
 * nothing is written.
 */
export async function readAll(tasks: readonly ReadTask[], options: ReadAllOptions): Promise<FileRead[]> {
  if (tasks.length === 0) return [];
  const threads = Math.min(options.threads ?? defaultThreads(tasks), tasks.length);
  const script = threads > 0 ? workerScript() : undefined;
  // The files given by the user are checked once, here; the threads get the result.
  const checked = await checkReadSetup(options.setup);
  if (!script) return readInline(tasks, checked, options);
  return readInWorkers(tasks, threads, script, checked, options);
}
