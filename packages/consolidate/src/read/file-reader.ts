import type { InputFile } from "../input-file.js";
import type { FileRead } from "./file-read.js";
import { makeReadSetup } from "./check-read-setup.js";
import type { ReadSetupData } from "./read-setup.js";
import { readInputFile } from "./read-input-file.js";

/**
 * Reads and checks files, results in the order given: the caller's way of
 * reading in parallel (worker threads in Node, Web Workers in a browser).
 * `setup` is what is asked, unchecked: check it once (checkReadSetup) and
 * send the result, plain data, to the threads (readSetupFrom there).
 */
export type FileReader<F extends InputFile = InputFile> = (
  files: readonly F[],
  setup: ReadSetupData,
  onProgress?: (done: number) => void,
) => Promise<FileRead[]>;

/** Files read at once by the in-thread reader: reading the next overlaps checking the last. */
const IN_FLIGHT = 4;

/** The reader of this thread: every file checked here, a few read ahead. */
export const readInThisThread: FileReader = async (files, data, onProgress) => {
  const setup = await makeReadSetup(data);
  const out: FileRead[] = new Array(files.length);
  let next = 0;
  let done = 0;
  const lane = async () => {
    while (next < files.length) {
      const i = next++;
      out[i] = await readInputFile(files[i] as InputFile, setup);
      onProgress?.(++done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, files.length) }, lane));
  return out;
};
