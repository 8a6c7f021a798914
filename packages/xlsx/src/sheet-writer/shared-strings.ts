import { textElement } from "./xml-escape.js";

/** The workbook's shared strings: each text once, referred to by index from the cells. */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  private uses = 0;

  id(text: string): number {
    this.uses++;
    let id = this.index.get(text);
    if (id === undefined) {
      id = this.index.size;
      this.index.set(text, id);
    }
    return id;
  }

  /** xl/sharedStrings.xml. */
  xml(): string {
    let out = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.uses}" uniqueCount="${this.index.size}">`;
    for (const text of this.index.keys()) out += `<si>${textElement(text)}</si>`;
    return `${out}</sst>`;
  }
}
