/**
 * A fault of the program, never of the file: a bug met while processing
 * `file` (when there is one). Thrown only where a failure is known not to be
 * the input's; callers report it as the program's, with the details kept
 * for the developers.
 */
export class InternalError extends Error {
  override readonly name = "InternalError";
  /** The file being processed, as the user named it. */
  readonly file: string | undefined;
  /** The file's SHA-256, when known: it names the file in a report without any of its content. */
  readonly sha256: string | undefined;

  constructor(message: string, options: { file?: string; sha256?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.file = options.file;
    this.sha256 = options.sha256;
  }
}
