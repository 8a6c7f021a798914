import { readInputFile, readSetupFrom, type CheckedReadSetup, type FileRead, type ReadSetup } from "@phuluc/consolidate/read";

/** What the page sends a reading worker: the checked setup once, then files (a `File` crosses as is). */
export type ToWorker = { kind: "setup"; setup: CheckedReadSetup } | { kind: "read"; id: number; name: string; mtime: number; file: Blob };
export type FromWorker = { id: number; read: FileRead };

/** A reading worker: checks each file it is sent with the pipeline's per-file check. */
const scope = globalThis as unknown as {
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker, transfer: Transferable[]): void;
};
let setup: ReadSetup | undefined;
scope.onmessage = (event) => {
  const message = event.data;
  if (message.kind === "setup") {
    setup = readSetupFrom(message.setup);
    return;
  }
  const { id, name, mtime, file } = message;
  void readInputFile({ name, size: file.size, mtime, read: async () => new Uint8Array(await file.arrayBuffer()) }, setup as ReadSetup).then((read) => {
    scope.postMessage({ id, read }, read.figures ? [read.figures.buffer as ArrayBuffer] : []);
  });
};
