import { unlinkSync } from "node:fs";

/** Temporary files being written, removed if the run is interrupted. */
const pending = new Set<string>();

export function trackTemp(path: string): void {
  pending.add(path);
}

export function untrackTemp(path: string): void {
  pending.delete(path);
}

/** Removes every temporary file still pending (on Ctrl-C or a failure). Synchronous: safe in a signal handler. */
export function removePendingTemps(): number {
  let removed = 0;
  for (const path of pending) {
    try {
      unlinkSync(path);
      removed++;
    } catch {
      // Already gone.
    }
    pending.delete(path);
  }
  return removed;
}
