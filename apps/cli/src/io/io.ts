/**
 * What a command may touch of the outside world. The real one writes to the
 * process's streams; tests pass a recording one.
 */
export interface Io {
  /** Results: the summary, findings, JSON. */
  out(text: string): void;
  /** Progress and error messages. */
  err(text: string): void;
  /** Whether `err` goes to a terminal (a progress bar) or a pipe (plain lines). */
  errIsTTY: boolean;
  /** Terminal width for the progress bar. */
  columns: number;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** --debug: a fault of the program is shown with its details. */
  debug?: boolean;
}

export function nodeIo(): Io {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    errIsTTY: Boolean(process.stderr.isTTY),
    columns: process.stderr.columns ?? 80,
    cwd: process.cwd(),
    env: process.env,
  };
}

/** An Io that keeps what was written, for tests. */
export function memoryIo(overrides: Partial<Io> = {}): Io & { stdout: () => string; stderr: () => string } {
  let out = "";
  let err = "";
  return {
    out: (text) => void (out += text),
    err: (text) => void (err += text),
    errIsTTY: false,
    columns: 80,
    cwd: process.cwd(),
    env: {},
    ...overrides,
    stdout: () => out,
    stderr: () => err,
  };
}
