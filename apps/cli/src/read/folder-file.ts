import { readFile } from "node:fs/promises";
import type { FileReader, InputFile } from "@phuluc/consolidate";
import type { ReadTask } from "./read-file.js";
import { readAll } from "./read-pool.js";

/** A file of a folder as the pipeline takes it: read by the reading threads through its task. */
export interface FolderFile extends InputFile {
  task: ReadTask;
}

/** A found file as the pipeline's input (size and time are the reading threads' to find; they read it). */
export function folderFile(task: ReadTask): FolderFile {
  return { name: task.file, size: 0, mtime: 0, task, read: async () => new Uint8Array(await readFile(task.path)) };
}

/** The pipeline's reader: these reading threads. */
export function threadReader(threads?: number): FileReader<FolderFile> {
  return (files, setup, onProgress) =>
    readAll(
      files.map((f) => f.task),
      { setup, ...(threads === undefined ? {} : { threads }), ...(onProgress ? { onProgress } : {}) },
    );
}
