import { checkReadSetup, type CheckedReadSetup, type FileReader, type FileRead, type InputFile } from "@phuluc/consolidate/read";
import type { FromWorker, ToWorker } from "./read-worker.js";

/** The reading worker's code, bundled into the page at build time. */
declare const __READ_WORKER_SOURCE__: string;

/** A file chosen on the page. */
export interface PageFile extends InputFile {
  blob: Blob;
}

/** Files in flight per worker: the next is ready when one is done. */
const PER_WORKER = 2;

function workerCount(files: number): number {
  const cores = typeof navigator === "undefined" ? 2 : navigator.hardwareConcurrency || 2;
  return Math.max(1, Math.min(4, cores, Math.ceil(files / 8)));
}

let workerUrl: string | undefined;

/** A reading worker from a blob: URL (a page opened from file:// may not load a worker script). */
function startWorker(): Worker {
  workerUrl ??= URL.createObjectURL(new Blob([__READ_WORKER_SOURCE__], { type: "text/javascript" }));
  return new Worker(workerUrl);
}

/**
 * The pipeline's reader on the page: Web Workers, each fed files as it
 * finishes others, so the page never freezes. Results in the order given.
 */
export const workerReader: FileReader<PageFile> = async (files, data, onProgress) => readInWorkers(files, await checkReadSetup(data), onProgress);

function readInWorkers(files: readonly PageFile[], setup: CheckedReadSetup, onProgress?: (done: number) => void): Promise<FileRead[]> {
  return new Promise<FileRead[]>((resolve, reject) => {
    const results: FileRead[] = new Array(files.length);
    if (files.length === 0) return resolve(results);
    const workers = Array.from({ length: workerCount(files.length) }, startWorker);
    let next = 0;
    let done = 0;
    const feed = (worker: Worker) => {
      if (next >= files.length) return;
      const id = next++;
      const f = files[id] as PageFile;
      const message: ToWorker = { kind: "read", id, name: f.name, mtime: f.mtime, file: f.blob };
      worker.postMessage(message);
    };
    const finish = (error?: unknown) => {
      for (const w of workers) w.terminate();
      if (error) reject(error instanceof Error ? error : new Error(String(error)));
      else resolve(results);
    };
    for (const worker of workers) {
      worker.onmessage = (event: MessageEvent<FromWorker>) => {
        results[event.data.id] = event.data.read;
        onProgress?.(++done);
        if (done === files.length) finish();
        else feed(worker);
      };
      worker.onerror = (event) => finish(new Error(`luồng đọc tệp dừng bất thường: ${event.message}`));
      const init: ToWorker = { kind: "setup", setup };
      worker.postMessage(init);
      for (let i = 0; i < PER_WORKER; i++) feed(worker);
    }
  });
}
