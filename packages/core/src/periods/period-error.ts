/** Thrown when code is handed a period or date it cannot use (misuse, not data). */
export class PeriodError extends Error {
  override name = "PeriodError";
  /** The offending input, as given. */
  readonly value: string;

  constructor(message: string, value: string) {
    super(message);
    this.value = value;
  }
}
