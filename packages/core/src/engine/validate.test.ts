import { describe, expect, it } from "vitest";
import { annexFigures } from "../submission/annex-figures.js";
import type { AnnexSubmission } from "../submission/submission.js";
import { validate } from "./validate.js";
import { ANNEX_CODES, VALID, catalogue, check, en, submissionOf, validAnnex, vi, withCell, withCells } from "./validate.test-support.js";

const H1_CODES = ["PL01", "PL02", "PL03", "PL04", "PL05", "PL07"];

function withAddresses(annex: AnnexSubmission, addresses: Record<string, string>): AnnexSubmission {
  const cells = { ...annex.cells };
  for (const [key, address] of Object.entries(addresses)) {
    const cell = cells[key];
    if (!cell) throw new Error(`no cell ${key}`);
    cells[key] = { ...cell, address };
  }
  return { ...annex, cells };
}

describe("validate: whole submissions", () => {
  it("valid figures of all nine annexes in a year report give no finding", () => {
    const result = validate(submissionOf(ANNEX_CODES.map(validAnnex), { period: "2022-Y" }), catalogue, { unitKind: "province" });
    expect(result.findings).toEqual([]);
    expect(result.errors).toBe(0);
    expect(result.warnings).toBe(0);
    expect([...result.grids.keys()]).toEqual(ANNEX_CODES);
  });

  it("valid half-year figures give no finding", () => {
    const result = validate(submissionOf(H1_CODES.map(validAnnex), { period: "2022-H1" }), catalogue);
    expect(result.findings).toEqual([]);
  });

  it("stamps the file and unit on every finding", () => {
    const submission = submissionOf([annexFigures("PL07", { "01": [-1], "02": [3] })], { file: "ha-noi.xlsx", unit: "HN" });
    const [finding] = validate(submission, catalogue).findings;
    expect(finding?.path).toEqual({ annex: "PL07", row: "01", column: 1, file: "ha-noi.xlsx", unit: "HN" });
  });

  it("counts errors and warnings", () => {
    const pl03 = annexFigures(
      "PL03",
      withCells(VALID.PL03, [
        ["06", 2, 210],
        ["06", 3, "105,0"],
        ["01", 1, 1],
      ]),
    );
    const result = check([pl03]);
    expect(result.findings.map((f) => f.severity)).toEqual(["error", "warning"]);
    expect([result.errors, result.warnings]).toEqual([1, 1]);
  });
});

describe("validate: annexes due in the period", () => {
  const codesOf = (period: string | undefined, unitKind?: "province" | "central") =>
    validate({ ...(period ? { period } : {}), annexes: {} }, catalogue, unitKind ? { unitKind } : {}).findings.map((f) => [f.code, f.path.annex]);

  it("a half-year report lacks PL01–PL05 and PL07", () => {
    expect(codesOf("2022-H1")).toEqual(H1_CODES.map((c) => ["annex.missing", c]));
  });

  it("a year report lacks all nine; a central committee does not file PL08", () => {
    expect(codesOf("2022-Y")).toEqual(ANNEX_CODES.map((c) => ["annex.missing", c]));
    expect(codesOf("2022-Y", "central")).toEqual(ANNEX_CODES.filter((c) => c !== "PL08").map((c) => ["annex.missing", c]));
  });

  it("no annex is due in a quarter; without a period nothing is required", () => {
    expect(codesOf("2023-Q1")).toEqual([]);
    expect(codesOf(undefined)).toEqual([]);
    expect(validate({ annexes: {} }, catalogue, { periodKind: "Y", requireDueAnnexes: false }).findings).toEqual([]);
  });

  it("annex.missing names the annex with its title", () => {
    const missing = validate(submissionOf(H1_CODES.filter((c) => c !== "PL03").map(validAnnex)), catalogue, { periodKind: "H1" }).findings;
    expect(missing).toEqual([{ code: "annex.missing", severity: "error", path: { annex: "PL03" }, params: { annex: "PL03" } }]);
    expect(vi(missing[0])).toBe("PL03: thiếu phụ lục PL03 (Đào tạo, bồi dưỡng cán bộ) phải nộp trong kỳ này.");
    expect(en(missing[0])).toBe("PL03: annex PL03 is due this period but missing.");
  });

  it("PL06 figures in a half-year report are not due: a warning, and they are not checked", () => {
    const broken = annexFigures("PL06", withCell(VALID.PL06, "02", 1, 5));
    const result = validate(submissionOf([...H1_CODES.map(validAnnex), { ...broken, sheet: "PL06" }]), catalogue, {
      periodKind: "H1",
    });
    expect(result.findings).toEqual([
      {
        code: "annex.not_due",
        severity: "warning",
        path: { annex: "PL06", sheet: "PL06" },
        params: { annex: "PL06", periodKind: "H1" },
      },
    ]);
    expect(result.grids.has("PL06")).toBe(false);
    expect(vi(result.findings[0])).toBe("PL06: phụ lục PL06 không thuộc kỳ báo cáo này; số liệu trong đó không được kiểm tra và không được tổng hợp.");
  });

  it("an empty sheet of an annex not due says nothing", () => {
    const empty = annexFigures("PL06", { "01": [null], "02": [""] });
    expect(check([empty], { periodKind: "H1" }).findings).toEqual([]);
  });

  it("PL08 figures from a central committee are not applicable", () => {
    const result = check([validAnnex("PL08")], { periodKind: "Y", unitKind: "central" });
    expect(result.findings).toEqual([
      {
        code: "annex.not_applicable",
        severity: "warning",
        path: { annex: "PL08" },
        params: { annex: "PL08", periodKind: "Y", unitKind: "central" },
      },
    ]);
    expect(vi(result.findings[0])).toBe(
      "PL08: phụ lục PL08 chỉ dành cho tỉnh ủy, thành ủy; đảng ủy trực thuộc Trung ương để trống phụ lục này (số liệu không được tổng hợp).",
    );
    expect(check([validAnnex("PL08")], { periodKind: "Y", unitKind: "province" }).findings).toEqual([]);
  });
});

describe("validate: shape of an annex", () => {
  it("a row not found is annex.row_missing, and its cells are not required", () => {
    const result = check([{ ...annexFigures("PL07", { "01": [5] }), sheet: "PL07" }]);
    expect(result.findings).toEqual([
      { code: "annex.row_missing", severity: "error", path: { annex: "PL07", row: "02", sheet: "PL07" }, params: { row: "02" } },
    ]);
    expect(vi(result.findings[0])).toBe("PL07, mã số 02: không tìm thấy dòng mã số 02 trong bảng; không xóa dòng và không sửa cột Mã số của biểu mẫu.");
    expect(en(result.findings[0])).toBe("PL07, row 02: row 02 was not found in the table.");
  });

  it("rules over a missing row are not evaluated", () => {
    const { "13": _dropped, ...rows } = VALID.PL02;
    expect(check([annexFigures("PL02", rows)]).findings.map((f) => [f.code, f.path.row])).toEqual([["annex.row_missing", "13"]]);
  });

  it("a workbook made from another catalogue version", () => {
    const result = validate(submissionOf([validAnnex("PL07")], { catalogueVersion: "2021.1" }), catalogue);
    expect(result.findings).toEqual([{ code: "annex.version_mismatch", severity: "error", path: {}, params: { stated: "2021.1", expected: "2022.1" } }]);
    expect(vi(result.findings[0])).toBe("Biểu mẫu phiên bản 2021.1, khác phiên bản hiện hành 2022.1; hãy nhập số liệu vào biểu mẫu mới.");
    expect(validate(submissionOf([validAnnex("PL07")], { catalogueVersion: "2022.1" }), catalogue).findings).toEqual([]);
  });

  it("one sheet made from another version", () => {
    const old = annexFigures("PL07", VALID.PL07, { version: "2021.1" });
    const result = check([{ ...old, sheet: "PL07" }]);
    expect(result.findings).toEqual([
      {
        code: "annex.version_mismatch",
        severity: "error",
        path: { annex: "PL07", sheet: "PL07" },
        params: { stated: "2021.1", expected: "2022.1" },
      },
    ]);
    expect(vi(result.findings[0])).toBe("PL07: biểu mẫu phiên bản 2021.1, khác phiên bản hiện hành 2022.1; hãy nhập số liệu vào biểu mẫu mới.");
  });
});

describe("validate: cells that cannot be read", () => {
  const pl02 = withAddresses(
    annexFigures(
      "PL02",
      withCells(VALID.PL02, [
        ["03", 1, "abc"],
        ["04", 1, "1,019"],
        ["05", 1, -5],
        ["06", 1, 12.5],
      ]),
    ),
    { "03.1": "PL02!D7", "04.1": "PL02!D8", "05.1": "PL02!D9", "06.1": "PL02!D10" },
  );
  const findings = check([pl02]).findings;
  const at = (row: string, cell: string) => ({ annex: "PL02", row, column: 1, cell, sheet: "PL02" });

  it("each gives its reader code with the cell address; the sums over them are skipped", () => {
    expect(findings).toEqual([
      { code: "value.not_a_number", severity: "error", path: at("03", "PL02!D7"), params: { text: "abc", kind: "count" } },
      { code: "value.ambiguous", severity: "error", path: at("04", "PL02!D8"), params: { text: "1,019", kind: "count" } },
      { code: "value.negative", severity: "error", path: at("05", "PL02!D9"), params: { value: "-5", kind: "count" } },
      { code: "value.not_whole", severity: "error", path: at("06", "PL02!D10"), params: { value: "12.5", kind: "count" } },
    ]);
  });

  it("messages quote the cell", () => {
    expect(findings.map(vi)).toEqual([
      'PL02, mã số 03, cột (1), ô PL02!D7: không đọc được "abc" thành số; hãy nhập số, ví dụ 1.019 hoặc 23,3.',
      'PL02, mã số 04, cột (1), ô PL02!D8: "1,019" không rõ nghĩa; theo quy ước tiếng Việt, dấu chấm phân cách hàng nghìn (1.019) và dấu phẩy phân cách phần thập phân (23,3).',
      "PL02, mã số 05, cột (1), ô PL02!D9: giá trị -5 là số âm; số liệu phải lớn hơn hoặc bằng 0.",
      "PL02, mã số 06, cột (1), ô PL02!D10: giá trị 12,5 không phải số nguyên; ô này ghi số lượng (số nguyên).",
    ]);
    expect(en(findings[1])).toBe(
      'PL02, row 04, column (1), cell PL02!D8: "1,019" is ambiguous; Vietnamese notation uses "." for thousands (1.019) and "," for decimals (23,3).',
    );
  });

  it("error values, booleans and dates", () => {
    const rows = withCells(VALID.PL07, [
      ["01", 1, { error: "#DIV/0!" }],
      ["02", 1, true],
    ]);
    const result = check([annexFigures("PL07", rows), annexFigures("PL05", withCell(VALID.PL05, "01", 1, new Date(2022, 0, 1)))]);
    expect(result.findings.map((f) => [f.path.annex, f.code, f.params])).toEqual([
      ["PL05", "value.unsupported_type", { type: "date", kind: "count" }],
      ["PL07", "value.error", { error: "#DIV/0!", kind: "count" }],
      ["PL07", "value.unsupported_type", { type: "boolean", kind: "count" }],
    ]);
    expect(result.findings.map(vi)).toEqual([
      "PL05, mã số 01, cột (1): ô chứa ngày tháng, không phải số.",
      "PL07, mã số 01, cột (1): ô đang báo lỗi #DIV/0!; hãy sửa công thức hoặc nhập số.",
      "PL07, mã số 02, cột (1): ô chứa giá trị đúng/sai (TRUE/FALSE), không phải số.",
    ]);
  });

  it("an empty required cell quotes its address", () => {
    const pl07 = withAddresses(annexFigures("PL07", { "01": [null], "02": [4] }), { "01.1": "'PL07 (2)'!C8" });
    const [finding] = check([pl07]).findings;
    expect(finding).toEqual({
      code: "cell.required",
      severity: "error",
      path: { annex: "PL07", row: "01", column: 1, cell: "'PL07 (2)'!C8", sheet: "PL07 (2)" },
      params: {},
    });
  });
});

describe("validate: order of findings", () => {
  it("submission first, then annex by annex, top to bottom, left to right", () => {
    // Checked in another order: cells are read before rules run, rule by rule.
    const pl01 = annexFigures(
      "PL01",
      withCells(VALID.PL01, [
        ["03", 3, 9],
        ["01", 7, 1],
        ["01", 5, 2],
      ]),
    );
    const pl02 = annexFigures(
      "PL02",
      withCells(VALID.PL02, [
        ["11", 1, "abc"],
        ["13", 1, 9],
        ["01", 1, 1],
      ]),
    );
    const pl09 = annexFigures("PL09", withCell(VALID.PL09, "02", 6, 1));
    const submission = submissionOf([pl09, pl02, pl01], { catalogueVersion: "2020.1" });
    const findings = validate(submission, catalogue, { periodKind: "Y", requireDueAnnexes: false }).findings;
    expect(findings.map((f) => [f.code, f.path.annex, f.path.row, f.path.column])).toEqual([
      ["annex.version_mismatch", undefined, undefined, undefined],
      ["rule.percentage", "PL01", "01", 5],
      ["rule.percentage", "PL01", "01", 7],
      ["rule.percentage", "PL01", "03", 3],
      ["rule.sum", "PL02", "01", 1],
      ["value.not_a_number", "PL02", "11", 1],
      ["rule.sum", "PL02", "13", 1],
      ["rule.percentage", "PL09", "02", 6],
    ]);
  });
});
