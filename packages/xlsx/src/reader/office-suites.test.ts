import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { gnumericConvert, installed, libreOfficeConvert } from "../test-support/office-suite.js";
import { readWorkbook } from "./read-workbook.js";
import { NS_MAIN, NS_REL, buildPackage, oneSheet } from "./test-support/package-builder.js";

const values = (bytes: Uint8Array, sheet = 0): Record<string, unknown> =>
  Object.fromEntries((readWorkbook(bytes).sheets[sheet]?.cells ?? []).map((c) => [c.address, c.formula === undefined ? c.value : [c.value, c.formula]]));

describe("writer dialects (hand-made from their output)", () => {
  it('LibreOffice: explicit t="n", <f aca="false">, many row attributes', () => {
    const bytes = oneSheet(
      '<row r="1" customFormat="false" ht="12.8" hidden="false" customHeight="false" outlineLevel="0" collapsed="false">' +
        '<c r="A1" s="0" t="s"><v>0</v></c><c r="B1" s="0" t="n"><v>0.25</v></c><c r="C1" s="0" t="n"><f aca="false">B1*2</f><v>0.5</v></c>' +
        '<c r="D1" s="0" t="str"><f aca="false">A1&amp;"!"</f><v>Tên!</v></c><c r="E1" s="0" t="b"><f aca="false">TRUE()</f><v>1</v></c>' +
        '<c r="F1" s="0" t="e"><f aca="false">1/0</f><v>#DIV/0!</v></c></row>',
      { sharedStrings: ["Tên"] },
      '<mergeCells count="1"><mergeCell ref="A3:B3"/></mergeCells>',
    );
    expect(values(bytes)).toEqual({
      A1: "Tên",
      B1: 0.25,
      C1: [0.5, "B1*2"],
      D1: ["Tên!", 'A1&"!"'],
      E1: [true, "TRUE()"],
      F1: [{ error: "#DIV/0!" }, "1/0"],
    });
  });

  it("Gnumeric: indented XML with whitespace between elements", () => {
    const bytes = oneSheet(
      '\n    <row r="1">\n      <c r="A1" t="s">\n        <v>0</v>\n      </c>\n      <c r="B1">\n        <f>2*3</f>\n        <v>6</v>\n      </c>\n    </row>\n  ',
      { sharedStrings: ["Gnumeric"] },
    );
    expect(values(bytes)).toEqual({ A1: "Gnumeric", B1: [6, "2*3"] });
  });

  it("Google Sheets: numbers like 3.0, no docProps/app.xml", () => {
    const bytes = oneSheet('<row r="1"><c r="A1" s="1" t="s"><v>0</v></c><c r="B1" s="2"><f>SUM(C1:D1)</f><v>3.0</v></c></row>', {
      sharedStrings: ["Google"],
      styles: `<styleSheet xmlns="${NS_MAIN}"><cellXfs><xf/><xf numFmtId="0"/><xf numFmtId="10"/></cellXfs></styleSheet>`,
    });
    expect(values(bytes)).toEqual({ A1: "Google", B1: [3, "SUM(C1:D1)"] });
    expect(readWorkbook(bytes).sheets[0]?.cells[1]?.numberFormat).toBe("0.00%");
  });

  it("Open XML SDK / WPS: x: prefixes on every element, inline strings, no r attributes", () => {
    const x = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const bytes = buildPackage({
      sheets: [
        {
          name: "S",
          document:
            `<x:worksheet xmlns:x="${x}"><x:sheetData><x:row><x:c t="inlineStr"><x:is><x:t>WPS</x:t></x:is></x:c><x:c s="1"><x:v>0.5</x:v></x:c></x:row>` +
            `<x:row><x:c t="str"><x:f>"a"</x:f><x:v>a</x:v></x:c></x:row></x:sheetData><x:mergeCells><x:mergeCell ref="A1:B1"/></x:mergeCells></x:worksheet>`,
        },
      ],
      styles: `<x:styleSheet xmlns:x="${x}"><x:numFmts><x:numFmt numFmtId="170" formatCode="0.0%"/></x:numFmts><x:cellXfs><x:xf/><x:xf numFmtId="170"/></x:cellXfs></x:styleSheet>`,
      parts: {
        "xl/workbook.xml": `<x:workbook xmlns:x="${x}" xmlns:rel="${NS_REL}"><x:workbookPr date1904="true"/><x:sheets><x:sheet name="S" sheetId="1" rel:id="rId1"/></x:sheets></x:workbook>`,
      },
    });
    const result = readWorkbook(bytes);
    expect(result.date1904).toBe(true);
    expect(result.sheets[0]?.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 2 }]);
    expect(result.sheets[0]?.cells.map((c) => [c.address, c.value, c.numberFormat, c.formula])).toEqual([
      ["A1", "WPS", "General", undefined],
      ["B1", 0.5, "0.0%", undefined],
      ["A2", "a", "General", '"a"'],
    ]);
  });
});

async function sample(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Biểu 1");
  ws.getCell("A1").value = "Tổng số";
  ws.getCell("B1").value = 0.25;
  ws.getCell("B1").numFmt = "0.0%";
  ws.getCell("C1").value = { formula: "B1*4", result: 1 };
  ws.mergeCells("A3:C3");
  wb.addWorksheet("Ẩn", { state: "hidden" });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** An annex-like workbook: merges, shared strings, percent formats, formulas with results. */
async function annex(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (let s = 1; s <= 2; s++) {
    const ws = wb.addWorksheet(`Biểu ${s}`);
    ws.mergeCells("A1:F1");
    ws.getCell("A1").value = `PHỤ LỤC ${s}`;
    ws.getRow(2).values = ["STT", "Chỉ tiêu", "Số lượng", "Nữ", "Tỷ lệ nữ", "Ghi chú"];
    for (let r = 3; r <= 12; r++) {
      const row = ws.getRow(r);
      row.values = [r - 2, `Đảng bộ ${r}`, r * 37, r * 11];
      row.getCell(5).value = { formula: `D${r}/C${r}`, result: (r * 11) / (r * 37) };
      row.getCell(5).numFmt = "0.0%";
      row.getCell(6).value = r % 3 === 0 ? "x" : null;
    }
    ws.getCell("C13").value = { formula: "SUM(C3:C12)", result: 37 * 75 };
    ws.getCell("C13").numFmt = "#,##0";
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Same cells (numbers to 15 significant digits: LibreOffice rounds cached results), formats, formulas and merges. */
function expectSameContent(original: Uint8Array, converted: Uint8Array): void {
  const content = (bytes: Uint8Array) =>
    readWorkbook(bytes).sheets.map((sheet) => ({
      name: sheet.name,
      merges: [...sheet.merges].sort((a, b) => a.top - b.top || a.left - b.left),
      cells: sheet.cells.map((c) => [c.address, typeof c.value === "number" ? Number(c.value.toPrecision(15)) : c.value, c.numberFormat, c.formula]),
    }));
  expect(content(converted)).toEqual(content(original));
}

/** Converts .xlsx to .xlsx with an installed office suite (asynchronously, see test-support/office-suite.ts). */
async function convert(tool: "soffice" | "ssconvert", input: Uint8Array): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), "phuluc-reader-"));
  try {
    const source = join(dir, "in.xlsx");
    const outDir = join(dir, "out");
    writeFileSync(source, input);
    mkdirSync(outDir);
    if (tool === "soffice") await libreOfficeConvert("xlsx:Calc MS Excel 2007 XML", outDir, [source], dir);
    else await gnumericConvert(source, join(outDir, "in.xlsx"));
    return new Uint8Array(readFileSync(join(outDir, "in.xlsx")));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("real office suites (when installed)", () => {
  const check = (bytes: Uint8Array, application: RegExp, secondSheetState: string): void => {
    const result = readWorkbook(bytes);
    expect(result.sheets.map((s) => [s.name, s.state])).toEqual([
      ["Biểu 1", "visible"],
      ["Ẩn", secondSheetState],
    ]);
    const cells = result.sheets[0]?.cells ?? [];
    expect(cells.map((c) => [c.address, c.value])).toEqual([
      ["A1", "Tổng số"],
      ["B1", 0.25],
      ["C1", 1],
    ]);
    expect(cells[1]?.numberFormat).toBe("0.0%");
    expect(cells[2]?.formula).toBe("B1*4");
    expect(result.sheets[0]?.merges).toEqual([{ top: 3, left: 1, bottom: 3, right: 3 }]);
    expect(result.application ?? "").toMatch(application);
  };

  it.skipIf(!installed("soffice"))(
    "reads what LibreOffice writes",
    async () => {
      const bytes = await convert("soffice", await sample());
      check(bytes, /^LibreOffice\//, "hidden");
    },
    180_000,
  );

  it.skipIf(!installed("soffice"))(
    "keeps every value, format, formula and merge through LibreOffice",
    async () => {
      const original = await annex();
      const converted = await convert("soffice", original);
      expectSameContent(original, converted);
    },
    180_000,
  );

  it.skipIf(!installed("ssconvert"))(
    "keeps every value, format, formula and merge through Gnumeric",
    async () => {
      const original = await annex();
      const converted = await convert("ssconvert", original);
      expectSameContent(original, converted);
    },
    180_000,
  );

  it.skipIf(!installed("ssconvert"))(
    "reads what Gnumeric writes",
    async () => {
      const bytes = await convert("ssconvert", await sample());
      // Gnumeric writes inline strings in indented XML and does not carry the hidden state over.
      check(bytes, /^gnumeric$/, "visible");
    },
    180_000,
  );
});
