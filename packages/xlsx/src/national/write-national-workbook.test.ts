import ExcelJS from "exceljs";
import {
  REGISTRY_2022,
  builtinRegistries,
  consolidate,
  loadRegistry,
  periodOrThrow,
  reportSentences,
  sampleSubmission,
  unitByCode,
  validate,
  type Registry,
} from "@phuluc/core";
import { describe, expect, it } from "vitest";
import { readAnnexWorkbook } from "../annex-reader/index.js";
import { writeTemplate } from "../template/index.js";
import { catalogue } from "../test-support/filled-workbook.js";
import { nationalSample } from "../test-support/national-sample.js";
import { DUPLICATE_OF_51, SUM_ERROR } from "../test-support/sample-findings.js";
import { writeNationalWorkbook } from "./write-national-workbook.js";

const period = periodOrThrow("2022-Y");

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

describe("writeNationalWorkbook", () => {
  it("writes summary, coverage, findings, national forms and per-unit tables", async () => {
    const { result, files } = nationalSample(["60"]);
    const bytes = await writeNationalWorkbook({
      catalogue,
      result,
      files,
      findings: [],
      sentences: reportSentences(result, catalogue, { cutOff: "2022-12-05" }),
      cutOff: "2022-12-05",
    });
    const wb = await load(bytes);
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      "Tóm tắt",
      "Tình hình nộp báo cáo",
      "Kết quả kiểm tra",
      "PL01",
      "PL02",
      "PL03",
      "PL04",
      "PL05",
      "PL06",
      "PL07",
      "PL08",
      "PL09",
      "ĐV PL01",
      "ĐV PL02",
      "ĐV PL03",
      "ĐV PL04",
      "ĐV PL05",
      "ĐV PL06",
      "ĐV PL07",
      "ĐV PL08",
      "ĐV PL09",
      "_meta",
    ]);
    // Every national workbook says its period in _meta (read back when it is the previous period), hidden from readers.
    const meta = wb.getWorksheet("_meta")!;
    expect(meta.state).toBe("veryHidden");
    expect(meta.getSheetValues().some((row) => Array.isArray(row) && row[1] === "period" && row[2] === result.period.id)).toBe(true);
    expect(wb.getWorksheet("Tóm tắt")!.getCell("B5").value).toBe(
      "Số liệu của 66/67 tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương, tính đến ngày 05/12/2022.",
    );

    const pl04 = wb.getWorksheet("PL04")!;
    expect(pl04.getCell("A1").value).toBe("BAN TỔ CHỨC TRUNG ƯƠNG");
    const members = result.annexes
      .find((a) => a.code === "PL04")!
      .national.get("02.1")!
      .value!.toNumber();
    expect(pl04.getCell("D11").value).toBe(members);

    const perUnit = wb.getWorksheet("ĐV PL04")!;
    expect(perUnit.getCell("A1").value).toBe("PL04. TỔ CHỨC CƠ SỞ ĐẢNG VÀ ĐẢNG VIÊN — SỐ LIỆU THEO ĐƠN VỊ");
    expect(perUnit.getCell("A2").value).toBe("Kỳ báo cáo: năm 2022 · Số liệu tính đến ngày 05/12/2022 · Vùng kinh tế - xã hội");
    expect(perUnit.getCell("A3").value).toBe("Số liệu của 66/67 tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương, tính đến ngày 05/12/2022.");
    // Each column headed by its indicator, its column and its number.
    expect([
      perUnit.getCell("A5").value,
      perUnit.getCell("B5").value,
      perUnit.getCell("C5").value,
      perUnit.getCell("C6").value,
      perUnit.getCell("C7").value,
    ]).toEqual(["Mã đơn vị", "Đơn vị", "Số tổ chức cơ sở đảng (cuối kỳ) (mã số 01)", "Số lượng", "(1)"]);
    expect([perUnit.getCell("A8").value, perUnit.getCell("B8").value]).toEqual(["I", "Trung du và miền núi phía Bắc"]);
    expect(perUnit.getCell("A9").value).toBe("02");
    expect(perUnit.pageSetup).toMatchObject({ paperSize: 9, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "5:7" });

    // National tables carry notes for the national reader, not the officer's entry instructions.
    const pl06 = (wb.getWorksheet("PL06")!.getSheetValues() as unknown[][]).flat().filter((v): v is string => typeof v === "string");
    expect(pl06).toContain("- Số liệu của 66/67 tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương, tính đến ngày 05/12/2022.");
    expect(pl06).toContain(
      "- Số liệu toàn quốc là tổng số liệu của các đơn vị đã tổng hợp; tỷ lệ được tính lại từ số tổng hợp, không lấy bình quân tỷ lệ của các đơn vị.",
    );
    expect(pl06.some((t) => t.includes("≤") || t.includes("chỉ nhập số liệu"))).toBe(false);
    // The unit list named is the one of the period consolidated.
    expect(wb.getWorksheet("Tóm tắt")!.getCell("A2").value).toBe(
      "Số liệu tính đến ngày 05/12/2022 · Danh mục đơn vị áp dụng cho năm 2022 (vn-2022): 67 đơn vị",
    );
    const rows = perUnit.getSheetValues() as unknown[][];
    const nationalRow = rows.find((r) => r?.[2] === "TOÀN QUỐC")!;
    expect(nationalRow[4]).toBe(members);
    const missing = rows.find((r) => r?.[1] === "60")!;
    expect(missing.at(-1)).toBe("Chưa nộp báo cáo");
    const subtotals = rows.filter((r) => typeof r?.[2] === "string" && (r[2] as string).startsWith("Cộng "));
    expect(subtotals).toHaveLength(7);
    expect(subtotals.reduce((acc, r) => acc + Number(r[4]), 0)).toBe(members);

    const coverage = wb.getWorksheet("Tình hình nộp báo cáo")!;
    const cov = coverage.getSheetValues() as unknown[][];
    expect(cov.find((r) => r?.[2] === "60")?.slice(4, 6)).toEqual(["Chưa nộp", "Không có tệp của đơn vị trong thư mục"]);
    // Text from the folder is never taken for a formula.
    const injected = cov.find((r) => typeof r?.[6] === "string" && (r[6] as string).includes("HYPERLINK"));
    expect(injected?.[6]).toBe('\'=HYPERLINK("http://x","bấm").xlsx');
    expect(coverage.getCell(`F${cov.indexOf(injected!)}`).formula).toBeUndefined();
  });

  it("writes the long tables row by row: coverage with the other files, findings by severity, merges and looks kept", async () => {
    const { result, files } = nationalSample(["60"]);
    files.push(DUPLICATE_OF_51);
    const warning = { code: "file.identified_by_content" as const, severity: "warning" as const, path: { file: "24.xlsx" }, params: { by: "tiêu đề" } };
    const findings = [
      { file: "51.xlsx", unit: "51", finding: SUM_ERROR },
      { file: "24.xlsx", unit: "24", finding: warning },
    ];
    const target = {
      code: "rule.target_range" as const,
      severity: "warning" as const,
      path: { annex: "PL09", row: "02", column: 6 },
      params: { direction: "below", min: 90, value: "89,3" },
    };
    const withNational = { ...result, findings: [target] };
    const bytes = await writeNationalWorkbook({ catalogue, result: withNational, files, findings, sentences: [] });
    const wb = await load(bytes);

    const coverage = wb.getWorksheet("Tình hình nộp báo cáo")!;
    const rows = coverage.getSheetValues() as unknown[][];
    const title = rows.findIndex((r) => r?.[1] === "Các tệp khác trong thư mục");
    expect(title).toBe(5 + 67 + 1);
    expect(coverage.getCell(`I${title}`).isMerged).toBe(true);
    expect(coverage.getCell(`I${title}`).master.address).toBe(`A${title}`);
    expect(rows[title + 1]?.slice(1, 8)).toEqual(["STT", "Mã đơn vị", undefined, "Trạng thái", "Lý do", "Tệp", "SHA-256"]);
    expect(rows[title + 2]?.slice(1, 7)).toEqual([
      1,
      undefined,
      undefined,
      "Không phải tệp phụ lục",
      "Không phải tệp phụ lục thống kê",
      '\'=HYPERLINK("http://x","bấm").xlsx',
    ]);
    expect(rows[title + 3]?.slice(1, 7)).toEqual([
      2,
      "51",
      undefined,
      "Tệp trùng",
      "cùng nội dung với tệp 51.xlsx (trùng SHA-256); không tính hai lần",
      "ban-sao/51.xlsx",
    ]);
    expect(coverage.getCell(`D${title + 1}`).font?.bold).toBe(true);
    // Each kind of row keeps its look: a missing unit is shaded, an included one is not.
    const missing = rows.findIndex((r) => r?.[2] === "60");
    expect((coverage.getCell(`C${missing}`).fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe("FFFCE4D6");
    expect((coverage.getCell(`C${missing - 1}`).fill as { pattern?: string } | undefined)?.pattern ?? "none").toBe("none");
    expect(coverage.getCell(`C${missing}`).border?.top?.style).toBe("thin");
    // A long reason wraps onto a row tall enough for it; a short row keeps the default height.
    expect(coverage.getRow(title + 3).height).toBe(30);
    expect(coverage.getRow(title + 1).height).toBeUndefined();
    // Merges of the heading are kept.
    expect(coverage.getCell("I1").master.address).toBe("A1");

    const sheet = wb.getWorksheet("Kết quả kiểm tra")!;
    const list = sheet.getSheetValues() as unknown[][];
    expect(list[1]?.[1]).toBe("KẾT QUẢ KIỂM TRA SỐ LIỆU — NĂM 2022");
    expect(list[2]?.[1]).toBe('1 lỗi, 2 cảnh báo trong các tệp đã nhận; dòng "Toàn quốc" là kiểm tra trên số liệu tổng hợp.');
    expect(list[4]?.slice(1, 4)).toEqual(["STT", "Tệp", "Đơn vị"]);
    expect(list[5]?.slice(1, 7)).toEqual([1, "51.xlsx", "Quảng Ngãi", "PL02", "'PL02'!D9", "Lỗi"]);
    expect(list[6]?.slice(1, 7)).toEqual([2, "24.xlsx", "Bắc Giang", undefined, undefined, "Cảnh báo"]);
    expect(list[7]?.slice(1, 7)).toEqual([3, undefined, "Toàn quốc", "PL09", undefined, "Cảnh báo"]);
    expect(list.length).toBe(8);
    expect((sheet.getCell("G5").fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe("FFFCE4D6");
    expect((sheet.getCell("G6").fill as { pattern?: string } | undefined)?.pattern ?? "none").toBe("none");
  });

  it("takes each unit's row from unitFigures when given, to the same workbook", async () => {
    const { result, files } = nationalSample(["60"]);
    const base = { catalogue, result, files, findings: [], sentences: [], generatedAt: "2022-12-05T08:00:00.000Z" };
    const asked: string[] = [];
    const unitFigures = (code: string, unit: string) => {
      asked.push(`${code}/${unit}`);
      const annex = catalogue.annex(code)!;
      const figures = result.annexes.find((a) => a.code === code)!.units.get(unit);
      return annex.index.cells.map((spec) => figures?.get(`${spec.row.code}.${spec.column.number}`)?.toNumber() ?? Number.NaN);
    };
    const plain = await writeNationalWorkbook(base);
    const hooked = await writeNationalWorkbook({ ...base, unitFigures });
    expect(Buffer.from(hooked).equals(Buffer.from(plain))).toBe(true);
    // Asked only for units whose figures are consolidated: not the missing unit, not PL08 of a central committee.
    expect(asked).not.toContain("PL04/60");
    expect(asked).not.toContain("PL08/TW-QU");
    expect(asked).toContain("PL08/01");
  });

  it("closes the loop: a province's consolidation of its communes reads back as its own valid submission", async () => {
    const communes: Registry = loadRegistry({
      id: "qn-xa-2022",
      title: "Các đảng bộ xã của Tỉnh ủy Quảng Ngãi",
      validFrom: null,
      validTo: null,
      units: [
        { code: "X01", name: "Xã Tịnh Khê", officialName: "Đảng ủy xã Tịnh Khê", kind: "province", groups: ["A"] },
        { code: "X02", name: "Xã Nghĩa Hà", officialName: "Đảng ủy xã Nghĩa Hà", kind: "province", groups: ["A"] },
        { code: "X03", name: "Xã Phổ Phong", officialName: "Đảng ủy xã Phổ Phong", kind: "province", groups: ["B"] },
      ],
      groupings: [
        {
          id: "cum",
          name: "Cụm xã",
          groups: [
            { code: "A", name: "Cụm 1", units: ["X01", "X02"] },
            { code: "B", name: "Cụm 2", units: ["X03"] },
          ],
        },
      ],
    });
    const returns = [];
    for (const unit of communes.units) {
      const figures = sampleSubmission(catalogue, { unit: unit.code, period: "2022-Y", unitKind: "province", scale: 0.05 });
      // One head of the provincial board (PL06 r02 ≤ 1): only one return reports it.
      figures.annexes.PL06!.cells["02.1"]!.value = unit.code === "X01" ? 1 : 0;
      const bytes = await writeTemplate({ catalogue, unit, period, figures });
      const read = readAnnexWorkbook(bytes, { catalogue, registries: [communes], fileName: `${unit.code}.xlsx` });
      expect(read.unit?.code).toBe(unit.code);
      returns.push({ unit: unit.code, validation: validate(read.submission, catalogue, { unitKind: "province" }) });
    }
    const result = consolidate(returns, { catalogue, registry: communes, period });
    expect(result.coverage.included).toBe(3);
    const province = unitByCode(REGISTRY_2022, "51")!;
    const bytes = await writeNationalWorkbook({ catalogue, result, files: [], findings: [], sentences: [], asUnit: province, cutOff: "2022-12-05" });

    const back = readAnnexWorkbook(bytes, { catalogue, registries: builtinRegistries(), fileName: "quang-ngai.xlsx" });
    expect(back.identifiedBy).toBe("meta");
    expect(back.submission).toMatchObject({ unit: "51", period: "2022-Y", cutOff: "2022-12-05", catalogueVersion: "2022.1" });
    expect(back.findings).toEqual([]);
    const check = validate(back.submission, catalogue, { unitKind: "province" });
    expect(check.findings.filter((f) => f.severity === "error")).toEqual([]);
    for (const consolidated of result.annexes) {
      for (const [key, figure] of consolidated.national) {
        const value = back.submission.annexes[consolidated.code]?.cells[key]?.value;
        expect(value, `${consolidated.code} ${key}`).toBe(figure.value === null ? "" : figure.value.toNumber());
      }
    }
  });
});
