import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { CheckedReadSetup, FileRead, ReadSetupData } from "@phuluc/consolidate/read";
import { checkReadSetup } from "./check-read-setup.js";
import { readFileSafely, type ReadTask } from "./read-file.js";
import { readInWorkers } from "./read-in-workers.js";
import { readSetupFrom } from "./read-setup.js";
import { threadPlan, type ThreadPlan } from "./thread-plan.js";

export interface ReadAllOptions {
  /** Reading threads; 0 reads in this thread; undefined decides by the files' count and bytes and the cores (see threadPlan). */
  threads?: number;
  setup: ReadSetupData;
  onProgress?: (done: number) => void;
}

function workerScript(): URL | undefined {
  const url = new URL("./read-worker.js", import.meta.url);
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
 * Reads and validates files, in worker threads when there are enough files
 * to pay for them (results in the order given). Each file is read once;
 * nothing is written. `--threads N` asks for N threads reading alone.
 */
export async function readAll(tasks: readonly ReadTask[], options: ReadAllOptions): Promise<FileRead[]> {
  if (tasks.length === 0) return [];
  const plan: ThreadPlan = options.threads === undefined ? threadPlan(tasks) : { threads: Math.min(options.threads, tasks.length), alongside: false };
  const script = plan.threads > 0 ? workerScript() : undefined;
  // The files given by the user are checked once, here; the threads get the result.
  const checked = await checkReadSetup(options.setup);
  if (!script) return readInline(tasks, checked, options);
  return readInWorkers(tasks, script, checked, { ...plan, ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
}
