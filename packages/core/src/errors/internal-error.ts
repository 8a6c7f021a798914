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

  constructor(message: string, options: { file?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.file = options.file;
  }
}
