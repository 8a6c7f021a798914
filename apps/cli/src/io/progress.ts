import type { Io } from "./io.js";

/** How a long run tells the user where it is. */
export interface Progress {
  /** A new step ("Đọc và kiểm tra 67 tệp"); `total` when it counts items. */
  step(label: string, total?: number): void;
  /** Items done in the current step. */
  tick(done: number): void;
  /** Ends the current line (bar) before other output. */
  done(): void;
}

export type ProgressMode = "bar" | "lines" | "quiet";

export function progressMode(io: Io, quiet: boolean): ProgressMode {
  if (quiet) return "quiet";
  return io.errIsTTY ? "bar" : "lines";
}

const quietProgress: Progress = { step() {}, tick() {}, done() {} };

/**
 * A progress bar redrawn in place on a terminal; plain lines when the
 * output is piped (a step line, then a line at each tenth); nothing with
 * `--quiet`. Always on stderr, so stdout stays clean for results.
 */
export function createProgress(io: Io, mode: ProgressMode): Progress {
  if (mode === "quiet") return quietProgress;
  let label = "";
  let total = 0;
  let lastTenth = 0;
  let lastDraw = 0;
  let open = false;
  const draw = (done: number, force: boolean) => {
    const now = Date.now();
    if (!force && now - lastDraw < 80) return;
    lastDraw = now;
    const counter = `${done}/${total}`;
    const width = Math.max(10, Math.min(40, io.columns - label.length - counter.length - 6));
    const filled = total === 0 ? width : Math.round((done / total) * width);
    io.err(`\r${label} [${"█".repeat(filled)}${"░".repeat(width - filled)}] ${counter}`);
    open = true;
  };
  const close = () => {
    if (open) io.err("\n");
    open = false;
  };
  return {
    step(next, count) {
      close();
      label = next;
      total = count ?? 0;
      lastTenth = 0;
      if (mode === "lines" || count === undefined) io.err(`${next}…\n`);
      else draw(0, true);
    },
    tick(done) {
      if (total === 0) return;
      if (mode === "bar") {
        draw(done, done === total);
        return;
      }
      const tenth = Math.floor((done / total) * 10);
      if (tenth > lastTenth) {
        lastTenth = tenth;
        io.err(`  ${done}/${total}\n`);
      }
    },
    done() {
      close();
    },
  };
}
