import { parentPort, workerData } from "node:worker_threads";
import type { CheckedReadSetup, FileRead } from "@phuluc/consolidate/read";
import { readFileSafely, type ReadTask } from "./read-file.js";
import { readSetupFrom } from "./read-setup.js";

/** A reading thread: reads and validates the files it is sent, a batch at a time. */
const port = parentPort;
if (port) {
  const setup = readSetupFrom(workerData as CheckedReadSetup);
  port.on("message", (message: { id: number; tasks: ReadTask[] }) => {
    void (async () => {
      const results: FileRead[] = [];
      for (const task of message.tasks) results.push(await readFileSafely(task, setup));
      const transfer = results.flatMap((r) => (r.figures ? [r.figures.buffer as ArrayBuffer] : []));
      port.postMessage({ id: message.id, results }, transfer);
    })();
  });
}
