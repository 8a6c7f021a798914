/**
 * Resolves once everything written to `stream` so far has been handed to the
 * system. A pipe takes 64 KiB at a time: the rest waits in the process until
 * the reader catches up, and ending the process before that cuts the output.
 * A stream that failed (the reader went away: EPIPE) or is closed resolves at once.
 */
export function drained(stream: NodeJS.WritableStream & { writable?: boolean; destroyed?: boolean; writableLength?: number }): Promise<void> {
  return new Promise((resolve) => {
    // A stream destroyed by a failed write reports its error a turn later: let it.
    if (stream.destroyed || stream.writable === false) return void setImmediate(resolve);
    const done = () => {
      stream.off("error", done);
      resolve();
    };
    stream.once("error", done);
    // Written after everything queued before it: its callback runs once they are all out.
    stream.write("", () => done());
  });
}
