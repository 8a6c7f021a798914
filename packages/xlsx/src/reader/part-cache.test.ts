import { describe, expect, it } from "vitest";
import { readWorkbook } from "./read-workbook.js";
import { packageWithEntries } from "./test-support/hostile-packages.js";
import { NS_MAIN, buildParts } from "./test-support/package-builder.js";
import { errorOf } from "./test-support/read-error.js";
import { storedEntry } from "./test-support/zip-writer.js";

const STYLES = "xl/styles.xml";
/** Styles whose one cell style is a percentage, so that a cell's format tells which styles part was read. */
const styles = (formatCode: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${NS_MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="${formatCode}"/></numFmts>` +
  `<cellXfs count="1"><xf numFmtId="164"/></cellXfs></styleSheet>`;
const spec = (sheetName: string, workbookInner = "") => ({
  sheets: [{ name: sheetName, xml: `<sheetData><row r="1"><c r="A1" s="0"><v>0.5</v></c></row></sheetData>` }],
  styles: styles("0.0%"),
  application: "Microsoft Excel",
  workbookInner,
});
const declaredTotal = (s: ReturnType<typeof spec>) =>
  Object.values(buildParts(s)).reduce((sum, content) => sum + (typeof content === "string" ? new TextEncoder().encode(content).length : content.length), 0);

describe("shared parts read again from a package of the same bytes", () => {
  it("gives the same workbook as the first read", () => {
    const bytes = packageWithEntries(spec("PL01 same"));
    const first = readWorkbook(bytes);
    const again = readWorkbook(bytes.slice());
    expect(again).toEqual(first);
    expect(again.sheets[0]?.cells[0]?.numberFormat).toBe("0.0%");
    expect(again.application).toBe("Microsoft Excel");
  });

  it("still counts every part against the total inflate cap", () => {
    const s = spec("PL01 cap");
    const bytes = packageWithEntries(s);
    const limits = { maxUncompressedBytes: declaredTotal(s) - 1 };
    expect(errorOf(() => readWorkbook(bytes, limits)).code).toBe("file.too_large");
    readWorkbook(bytes);
    expect(errorOf(() => readWorkbook(bytes, limits)).code).toBe("file.too_large");
    expect(readWorkbook(bytes, { maxUncompressedBytes: declaredTotal(s) }).sheets).toHaveLength(1);
  });

  it("never serves a part whose compressed bytes differ, even with the same name, sizes and CRC-32", () => {
    const s = spec("PL01 altered");
    const good = storedEntry(STYLES, styles("0.0%"));
    expect(readWorkbook(packageWithEntries(s, [good])).sheets[0]?.cells[0]?.numberFormat).toBe("0.0%");
    // One byte changed after the CRC was taken ("0.0%" made "0.00"): a damaged copy, refused, not the kept parse.
    const payload = good.payload.slice();
    payload[new TextDecoder().decode(payload).indexOf("0.0%") + 3] = 0x30;
    expect(errorOf(() => readWorkbook(packageWithEntries(s, [{ ...good, payload }])))).toEqual({
      code: "file.damaged",
      params: { reason: "checksum", part: STYLES },
    });
  });

  it("reads a changed part afresh", () => {
    expect(readWorkbook(packageWithEntries(spec("PL01 changed"))).sheets[0]?.cells[0]?.numberFormat).toBe("0.0%");
    const other = { ...spec("PL01 changed"), styles: styles("0.00%") };
    expect(readWorkbook(packageWithEntries(other)).sheets[0]?.cells[0]?.numberFormat).toBe("0.00%");
  });

  it("gives each read its own defined names", () => {
    const bytes = packageWithEntries(spec("PL01 names", `<definedNames><definedName name="Vung_in">'PL01 names'!$A$1</definedName></definedNames>`));
    const first = readWorkbook(bytes);
    const name = first.definedNames[0];
    if (name === undefined) throw new Error("no defined name");
    name.name = "changed";
    first.definedNames.push({ name: "added", ref: "A1" });
    expect(readWorkbook(bytes).definedNames).toEqual([{ name: "Vung_in", ref: "'PL01 names'!$A$1" }]);
  });
});
