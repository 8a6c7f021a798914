import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REGISTRY_2022, catalogue2022, periodOrThrow } from "@phuluc/core";
import { includedUnits2022 } from "@phuluc/fixtures/cases";
import { readWorkbook, type RawSheet } from "@phuluc/xlsx";
import { beforeAll, describe, expect, it } from "vitest";
import type { Report } from "@phuluc/consolidate";
import { expectedNational } from "./expected-national.js";
import { phuluc, tempDir } from "./run-built.js";

const catalogue = catalogue2022();

/** Vietnamese with exactly `decimals` places, by Intl (an oracle independent of the command's formatting). */
const vi = (value: number, decimals: number) =>
  new Intl.NumberFormat("vi-VN", { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);

const texts = (sheet: RawSheet | undefined) => (sheet?.cells ?? []).map((c) => c.value).filter((v): v is string => typeof v === "string");

describe("the national workbook and sentences as a document to send up (built command, fixtures/2022-Y)", () => {
  const out = tempDir("document");
  let report: Report;
  let sheets: Map<string, RawSheet>;
  let national: Map<string, Map<string, string | null>>;
  beforeAll(async () => {
    const ran = await phuluc([
      "consolidate",
      "fixtures/2022-Y",
      "--period",
      "2022-Y",
      "--cut-off",
      "2022-12-05",
      "--out",
      join(out, "n.xlsx"),
      "--json",
      join(out, "r.json"),
      "--quiet",
    ]);
    expect(ran.code).toBe(1);
    report = JSON.parse(readFileSync(join(out, "r.json"), "utf8")) as Report;
    sheets = new Map(readWorkbook(new Uint8Array(readFileSync(join(out, "n.xlsx")))).sheets.map((s) => [s.name, s]));
    national = expectedNational(catalogue, REGISTRY_2022, periodOrThrow("2022-Y"), includedUnits2022(REGISTRY_2022.units));
  });

  const figure = (annex: string, key: string) => Number(national.get(annex)?.get(key));

  it("writes every percentage of the sentences with the decimals of the form: 1 for shares, 2 for PL03's plan achieved", () => {
    const sentence = (start: string) => report.sentences.find((s) => s.text.startsWith(start))?.text ?? "";
    const pl04 = (figure("PL04", "03.1") / figure("PL04", "02.1")) * 100;
    expect(sentence("Kết nạp")).toContain(`đảng viên mới, bằng ${vi(pl04, 1)}% tổng số đảng viên`);
    expect(sentence("Tuyển sinh")).toContain(
      `hệ tập trung ${vi(figure("PL03", "05.2"), 0)}/${vi(figure("PL03", "05.1"), 0)} học viên, đạt ${vi(figure("PL03", "05.3"), 2)}% so với kế hoạch`,
    );
    expect(sentence("Phê duyệt quy hoạch")).toContain(`cán bộ nữ ${vi(figure("PL01", "01.2"), 0)} đồng chí (chiếm ${vi(figure("PL01", "01.3"), 1)}%)`);
    // Outside PL03 no sentence carries a percentage with two decimals.
    for (const s of report.sentences.filter((x) => x.annex !== "PL03")) expect(s.text, s.annex ?? "").not.toMatch(/\d,\d\d%/);
  });

  it("gives each national table its title, period, cut-off, coverage line and the catalogue's notes, no entry instruction", () => {
    for (const annex of catalogue.annexes) {
      const lines = texts(sheets.get(annex.code));
      expect(lines, annex.code).toContain(`${annex.code}. ${annex.title.toLocaleUpperCase("vi")}`);
      expect(lines, annex.code).toContain("Kỳ báo cáo: năm 2022");
      expect(lines, annex.code).toContain("Số liệu tính đến ngày 05/12/2022");
      expect(lines, annex.code).toContain("- Số liệu của 63/67 tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương, tính đến ngày 05/12/2022.");
      for (const note of catalogue.nationalNotes) expect(lines, annex.code).toContain(`- ${note}`);
      expect(
        lines.some((t) => t.includes("chỉ nhập số liệu") || t.includes("≤")),
        annex.code,
      ).toBe(false);
      const perUnit = texts(sheets.get(`ĐV ${annex.code}`));
      expect(perUnit[0], annex.code).toBe(`${annex.code}. ${annex.title.toLocaleUpperCase("vi")} — SỐ LIỆU THEO ĐƠN VỊ`);
      expect(perUnit, annex.code).toContain("Số liệu của 63/67 tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương, tính đến ngày 05/12/2022.");
      expect(perUnit, annex.code).toContain(`${annex.sections[0]!.rows[0]!.label} (mã số ${annex.sections[0]!.rows[0]!.code})`);
    }
    expect(texts(sheets.get("Kết quả kiểm tra"))[0]).toBe("KẾT QUẢ KIỂM TRA SỐ LIỆU — NĂM 2022");
    expect(texts(sheets.get("Tình hình nộp báo cáo"))[0]).toBe("TÌNH HÌNH NỘP BÁO CÁO — NĂM 2022");
    expect(texts(sheets.get("Tóm tắt"))[1]).toBe("Số liệu tính đến ngày 05/12/2022 · Danh mục đơn vị áp dụng cho năm 2022 (vn-2022): 67 đơn vị");
  });

  it("tags every figure's number format Vietnamese, so the separators do not follow the reader's locale", () => {
    for (const name of ["PL01", "PL04", "ĐV PL01", "ĐV PL04"]) {
      const numbers = (sheets.get(name)?.cells ?? []).filter((c) => typeof c.value === "number" && c.numberFormat !== "General");
      expect(numbers.length, name).toBeGreaterThan(0);
      expect(
        numbers.filter((c) => !c.numberFormat.startsWith("[$-42A]")).map((c) => `${c.address} ${c.numberFormat}`),
        name,
      ).toEqual([]);
    }
  });
});
