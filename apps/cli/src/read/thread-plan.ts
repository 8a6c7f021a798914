import { statSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import type { ReadTask } from "./read-file.js";

/** How a folder is read: by this thread alone, or with reading threads (this thread reading alongside them or not). */
export interface ThreadPlan {
  threads: number;
  /** This thread reads too, taking files from the same queue. */
  alongside: boolean;
}

/**
 * Bytes of workbooks a reading thread must have to pay for its start (its
 * bundle, its own JIT warm-up, the setup sent to it) when it reads alone:
 * some 150 annex workbooks of a unit (measured: 67 province workbooks, 2 MB,
 * are read faster on the main thread; 700, 20 MB, faster with 2 threads).
 */
const BYTES_PER_THREAD = 4 * 1024 * 1024;
/**
 * Bytes below which one reading thread alongside this one does not pay for
 * its start: while it loads, this thread has read the files (measured: 67
 * province workbooks, 2 MB, some 100 ms sooner with one alongside on an
 * idle core).
 */
const BYTES_ALONGSIDE = 512 * 1024;

/**
 * Whether a core is free for a thread alongside this one: the machine's
 * load (the last minute's, this process's own share included) leaves one.
 * On a busy machine the thread's start is only more work for the cores.
 * (Where the system gives no load, 0, a core counts as free.)
 */
function coreFree(cores: number): boolean {
  return (loadavg()[0] ?? 0) <= cores - 0.5;
}
const MAX_THREADS = 4;

function fileBytes(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0; // Reading it will say why.
  }
}

/**
 * Threads for the work, from the file count, their bytes and the cores:
 * one per BYTES_PER_THREAD (one per core at most) reading alone, this thread
 * holding only the results; a folder too small for two of them is read by
 * this thread with one thread alongside when a core is free for it; a small
 * one by this thread alone.
 */
export function threadPlan(tasks: readonly ReadTask[]): ThreadPlan {
  const cores = availableParallelism();
  const most = Math.min(cores, MAX_THREADS, Math.floor(tasks.length / 2));
  if (most < 2) return { threads: 0, alongside: false };
  let bytes = 0;
  for (const task of tasks) {
    bytes += fileBytes(task.path);
    if (bytes >= most * BYTES_PER_THREAD) return { threads: most, alongside: false };
  }
  const threads = Math.floor(bytes / BYTES_PER_THREAD);
  if (threads >= 2) return { threads, alongside: false };
  return bytes >= BYTES_ALONGSIDE && coreFree(cores) ? { threads: 1, alongside: true } : { threads: 0, alongside: false };
}
