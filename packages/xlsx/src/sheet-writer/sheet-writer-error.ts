/** The drawing code asked the sheet writer for something it does not write (a misuse: the national sheets use none). */
export class SheetWriterUnsupportedError extends Error {
  constructor(what: string) {
    super(`the sheet writer does not write ${what}`);
    this.name = "SheetWriterUnsupportedError";
  }
}
