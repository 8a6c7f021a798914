/**
 * The files or options cannot be consolidated as asked (the previous period
 * is not earlier, its units or catalogue do not lead to this one's, nothing
 * in it can be read). Vietnamese: what is wrong, and how to fix it.
 */
export class ConsolidateError extends Error {
  override readonly name = "ConsolidateError";
  constructor(
    message: string,
    /** How to fix it. */
    readonly hint?: string,
  ) {
    super(message);
  }
}
