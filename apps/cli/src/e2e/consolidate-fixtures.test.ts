import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { REGISTRY_2022, catalogue2022, periodOrThrow } from "@phuluc/core";
import { CASES_2022, JUMPS, LATER_VERSION_EDIT, includedUnits2022 } from "@phuluc/fixtures/cases";
import { readWorkbook } from "@phuluc/xlsx";
import { beforeAll, describe, expect, it } from "vitest";
import type { Report } from "@phuluc/consolidate";
import { expectedNational, reportedNational } from "./expected-national.js";
import { phuluc, tempDir, type Ran } from "./run-built.js";

const catalogue = catalogue2022();
const y2022 = periodOrThrow("2022-Y");
const y2021 = periodOrThrow("2021-Y");

describe("phuluc consolidate fixtures/2022-Y --previous fixtures/2021-Y (the built command)", () => {
  const out = tempDir("e2e");
  let ran: Ran;
  let report: Report;
  beforeAll(async () => {
    ran = await phuluc([
      "consolidate",
      "fixtures/2022-Y",
      "--period",
      "2022-Y",
      "--previous",
      "fixtures/2021-Y",
      "--out",
      join(out, "national.xlsx"),
      "--json",
      join(out, "report.json"),
    ]);
    report = JSON.parse(readFileSync(join(out, "report.json"), "utf8")) as Report;
  });

  it("exits 1 (files with errors) and writes both outputs, with no temporary file left", async () => {
    expect(ran.stderr).not.toContain("lỗi không mong đợi");
    expect(ran.code).toBe(1);
    expect(readdirSync(out).sort()).toEqual(["national.xlsx", "report.json"]);
    const wb = readWorkbook(new Uint8Array(readFileSync(join(out, "national.xlsx"))));
    expect(wb.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(["Tóm tắt", "Tình hình nộp báo cáo", "Kết quả kiểm tra", "PL01", "ĐV PL01", "ĐV PL09"]),
    );
  });

  it("reports the coverage: 66 of 67 units received, 63 in the totals", async () => {
    expect(report.schemaVersion).toBe(1);
    expect(report.coverage).toEqual({ expected: 67, received: 66, included: 63, excluded: 3, unreadable: 0, missing: 1 });
    expect(report.units.find((u) => u.code === "95")).toMatchObject({ name: "Bạc Liêu", status: "missing" });
    expect(report.units.filter((u) => u.status === "excluded").map((u) => u.name)).toEqual(["Bắc Giang", "Hải Dương", "Nghệ An"]);
    expect(report.sentences[0]?.text).toBe("Số liệu của 63/67 tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương, tính đến ngày 05/12/2022.");
  });

  it("accounts for every file: each planted case has its status and findings", async () => {
    expect(report.files).toHaveLength(71);
    const byFile = new Map(report.files.map((f) => [f.file, f]));
    for (const c of CASES_2022.filter((x) => x.file)) {
      const f = byFile.get(c.file as string);
      expect(f?.status, c.file as string).toBe(c.status);
      const codes = report.findings.filter((x) => x.file === c.file).map((x) => x.code);
      for (const code of c.codes ?? []) expect(codes, c.file as string).toContain(code);
    }
    const counts = Object.fromEntries(
      ["included", "excluded", "duplicate", "wrong_period", "not_annex", "unreadable"].map((s) => [s, report.files.filter((f) => f.status === s).length]),
    );
    expect(counts).toEqual({ included: 63, excluded: 2, duplicate: 3, wrong_period: 1, not_annex: 1, unreadable: 1 });
    expect(byFile.get("56-khanh-hoa.xlsx")?.application).toMatch(/LibreOffice/);
    expect(byFile.get("83-ben-tre.xlsx")?.identifiedBy).toBe("content");
    expect(report.files.every((f) => /^[0-9a-f]{64}$/.test(f.sha256))).toBe(true);
  });

  it("catches the planted jumps, and only those: warnings naming the cell, the unit and the figures", async () => {
    const plausibility = report.findings.filter((f) => f.code.startsWith("plausibility."));
    expect(plausibility.map((f) => [f.unit, f.code, f.rule, `${f.path.annex}.${f.path.row}.${f.path.column}`])).toEqual(
      [...JUMPS].sort((a, b) => a.unit.localeCompare(b.unit)).map((j) => [j.unit, j.code, j.rule, `${j.annex}.${j.cell}`]),
    );
    expect(plausibility.every((f) => f.severity === "warning")).toBe(true);
    expect(plausibility.map((f) => `${f.file}: ${f.message}`)).toEqual([
      '14-son-la.xlsx: PL04, mã số 04, cột (1), ô PL04!D13: tăng 693% so với năm 2021: 289 → 2.293 (ngưỡng cảnh báo: thay đổi quá 30% và quá 50); hãy kiểm tra lại; nếu số liệu đúng, ghi giải trình ở trang "Giải trình".',
      '17-hoa-binh.xlsx: PL01, mã số 01, cột (2), ô PL01!E10: tỷ lệ nữ trong quy hoạch ủy viên Ban Chấp hành là 1,6%, thấp khác thường so với các đơn vị khác (trung vị 22,6%, khoảng thường gặp 8,0–37,1%); hãy kiểm tra lại; nếu số liệu đúng, ghi giải trình ở trang "Giải trình".',
      '62-kon-tum.xlsx: PL03, mã số 06, cột (1), ô PL03!D20: tăng từ 0 lên 60 so với năm 2021; hãy kiểm tra lại; nếu số liệu đúng, ghi giải trình ở trang "Giải trình".',
      '89-an-giang.xlsx: PL03, mã số 05, cột (1), ô PL03!D19: giảm về 0 so với năm 2021: 38 → 0; hãy kiểm tra lại; nếu số liệu đúng, ghi giải trình ở trang "Giải trình".',
    ]);
    // Warnings never keep a unit out of the totals.
    for (const j of JUMPS) expect(report.units.find((u) => u.code === j.unit)?.status).toBe("included");
    expect(ran.stdout).toContain("Lỗi: 7 · cảnh báo: 5 ");
  });

  it("explains the exclusions in Vietnamese, with both figures and the cell", async () => {
    expect(ran.stdout).toContain("Bắc Giang — 24-bac-giang.xlsx: có 1 lỗi; lỗi đầu tiên: PL02, mã số 01, cột (1), ô PL02!D11: tổng không khớp");
    expect(ran.stdout).toContain("(ghi thừa 12)");
    expect(ran.stdout).toMatch(/Nghệ An — 40-nghe-an\.xlsx: .*ô PL01!F10: tỷ lệ ghi/);
    expect(ran.stdout).toContain("Hải Dương có 2 tệp cho cùng kỳ (30-hai-duong-ban-sua.xlsx, 30-hai-duong.xlsx)");
    expect(ran.stdout).toContain("Chưa nộp (1): Bạc Liêu");
  });

  it("gives the national figures re-derived from the fixtures' plan", async () => {
    const units = includedUnits2022(REGISTRY_2022.units);
    expect(units.size).toBe(63);
    expect(reportedNational(report)).toEqual(expectedNational(catalogue, REGISTRY_2022, y2022, units));
    // Pinned, so a change to the generator or the consolidation is seen.
    const pl04 = reportedNational(report).get("PL04");
    expect(pl04?.get("01.1")).toBe("51425");
    expect(pl04?.get("02.1")).toBe("5800580");
  });

  it("compares with 2021 on the same 63 units, with provenance of each figure", async () => {
    const units = includedUnits2022(REGISTRY_2022.units);
    expect(reportedNational(report, "previous")).toEqual(expectedNational(catalogue, REGISTRY_2022, y2021, units));
    expect(report.previous).toMatchObject({ period: { id: "2021-Y" }, mapped: false, source: "folder" });
    const pl08 = report.national.find((a) => a.annex === "PL08");
    expect(pl08?.contributingUnits).toBe(59);
    expect(pl08?.units).not.toContain("TW-QU");
    expect(report.sentences.some((s) => /tăng [\d.]+ đồng chí so với năm 2021/.test(s.text))).toBe(true);
  });
});

describe("--prefer newest", () => {
  it("takes the later Hải Dương file and counts its corrected figure", async () => {
    const out = tempDir("prefer");
    const ran = await phuluc([
      "consolidate",
      "fixtures/2022-Y",
      "--period",
      "2022-Y",
      "--prefer",
      "newest",
      "--out",
      join(out, "n.xlsx"),
      "--json",
      join(out, "r.json"),
      "--quiet",
    ]);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toBe("");
    const report = JSON.parse(readFileSync(join(out, "r.json"), "utf8")) as Report;
    expect(report.coverage).toMatchObject({ received: 66, included: 64, excluded: 2 });
    const byFile = new Map(report.files.map((f) => [f.file, f.status]));
    for (const c of CASES_2022.filter((x) => x.preferNewest)) expect(byFile.get(c.file as string)).toBe(c.preferNewest);
    const units = includedUnits2022(REGISTRY_2022.units, { preferNewest: true });
    const expected = expectedNational(catalogue, REGISTRY_2022, y2022, units, (unit, annex, inputs) => {
      if (unit === "30" && annex === LATER_VERSION_EDIT.annex)
        inputs.set(LATER_VERSION_EDIT.key, (inputs.get(LATER_VERSION_EDIT.key) as NonNullable<ReturnType<typeof inputs.get>>).plus(LATER_VERSION_EDIT.add));
    });
    expect(reportedNational(report)).toEqual(expected);
  });
});

describe("--previous from a national workbook and across the 2025 reorganisation", () => {
  it("reads the previous period from the national workbook made for it", async () => {
    const out = tempDir("prev");
    expect((await phuluc(["consolidate", "fixtures/2021-Y", "--period", "2021-Y", "--out", join(out, "2021.xlsx"), "--quiet"])).code).toBe(0);
    const fromFolder = await phuluc([
      "consolidate",
      "fixtures/2022-Y",
      "--period",
      "2022-Y",
      "--previous",
      "fixtures/2021-Y",
      "--out",
      join(out, "a.xlsx"),
      "--json",
      join(out, "a.json"),
      "--quiet",
    ]);
    const fromWorkbook = await phuluc([
      "consolidate",
      "fixtures/2022-Y",
      "--period",
      "2022-Y",
      "--previous",
      join(out, "2021.xlsx"),
      "--out",
      join(out, "b.xlsx"),
      "--json",
      join(out, "b.json"),
      "--quiet",
    ]);
    expect([fromFolder.code, fromWorkbook.code]).toEqual([1, 1]);
    const a = JSON.parse(readFileSync(join(out, "a.json"), "utf8")) as Report;
    const b = JSON.parse(readFileSync(join(out, "b.json"), "utf8")) as Report;
    expect(b.previous?.source).toBe("national");
    expect(reportedNational(b, "previous")).toEqual(reportedNational(a, "previous"));
    expect(b.sentences).toEqual(a.sentences);
  });

  it("refuses a --previous that is not an earlier period (exit 2)", async () => {
    const r = await phuluc([
      "consolidate",
      "fixtures/2021-Y",
      "--period",
      "2021-Y",
      "--previous",
      "fixtures/2022-H1",
      "--out",
      join(tempDir("later"), "n.xlsx"),
      "-q",
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("là của 6 tháng đầu năm 2022, không phải một kỳ trước năm 2021");
  });

  it("maps 2022 units onto the 34 provinces for 2025-Y and says so", async () => {
    const out = tempDir("2025");
    const ran = await phuluc([
      "consolidate",
      "fixtures/2025-Y",
      "--period",
      "2025-Y",
      "--previous",
      "fixtures/2022-Y",
      "--out",
      join(out, "n.xlsx"),
      "--json",
      join(out, "r.json"),
      "--quiet",
    ]);
    expect(ran.code).toBe(0);
    const report = JSON.parse(readFileSync(join(out, "r.json"), "utf8")) as Report;
    expect(report.coverage).toMatchObject({ expected: 40, included: 40 });
    expect(report.previous?.mapped).toBe(true);
    expect(report.previous?.mapping["08"]).toEqual(["08", "02"]);
    expect(report.sentences.map((s) => s.text).join("\n")).toContain("đã được quy đổi theo danh sách đơn vị hiện hành");
    expect(existsSync(join(out, "n.xlsx"))).toBe(true);
  });
});
