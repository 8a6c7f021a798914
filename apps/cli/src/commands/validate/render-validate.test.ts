import { catalogue2022, type Finding } from "@phuluc/core";
import { describe, expect, it } from "vitest";
import type { FileRead } from "@phuluc/consolidate";
import { renderValidate } from "./render-validate.js";
import type { ValidateRun } from "./run-validate.js";
import { validateJson } from "./validate-json.js";

const catalogue = catalogue2022();
const jump = (cell: string, row: string, justification?: string): Finding => ({
  code: "plausibility.change",
  severity: "warning",
  rule: "PL04.jump",
  path: { file: "14-son-la.xlsx", unit: "14", annex: "PL04", row, column: 1, cell, sheet: "PL04" },
  params: { previous: "812", current: "1624", difference: "812", change: "100", relativePercent: 30, absolute: 50, previousPeriod: "năm 2021" },
  ...(justification ? { justification: { text: justification } } : {}),
});
const read: FileRead = {
  path: "/in/14-son-la.xlsx",
  file: "14-son-la.xlsx",
  size: 1,
  mtimeMs: 0,
  sha256: "x",
  unit: "14",
  unitName: "Tỉnh ủy Sơn La",
  period: "2022-Y",
  findings: [jump("PL04!D11", "03", "Đợt kết nạp lớn theo chỉ thị của Tỉnh ủy."), jump("PL04!D12", "04")],
  errors: 0,
  warnings: 1,
  justified: 1,
};
const run: ValidateRun = { files: [read], errors: 0, warnings: 1, justified: 1, exitCode: 0 };

describe("validate output of justified warnings", () => {
  it("labels them 'Đã giải trình' with the unit's text, after the open warnings, and counts them apart", () => {
    const text = renderValidate(run, catalogue);
    expect(text).toBe(
      [
        "14-son-la.xlsx — Tỉnh ủy Sơn La, năm 2022: 0 lỗi, 1 cảnh báo, 1 cảnh báo đã giải trình",
        '  Cảnh báo: PL04, mã số 04, cột (1), ô PL04!D12: tăng 100% so với năm 2021: 812 → 1.624 (ngưỡng cảnh báo: thay đổi quá 30% và quá 50); hãy kiểm tra lại; nếu số liệu đúng, ghi giải trình ở trang "Giải trình".',
        '  Đã giải trình: PL04, mã số 03, cột (1), ô PL04!D11: tăng 100% so với năm 2021: 812 → 1.624 (ngưỡng cảnh báo: thay đổi quá 30% và quá 50); hãy kiểm tra lại; nếu số liệu đúng, ghi giải trình ở trang "Giải trình". Giải trình của đơn vị: Đợt kết nạp lớn theo chỉ thị của Tỉnh ủy.',
        "",
        "Đã kiểm tra 1 tệp: không tệp nào có lỗi; tổng cộng 0 lỗi, 1 cảnh báo, 1 cảnh báo đã giải trình.",
        "",
      ].join("\n"),
    );
  });

  it("lists them apart in the JSON, with the text", () => {
    const body = JSON.parse(validateJson(run, catalogue));
    expect(body).toMatchObject({ errors: 0, warnings: 1, justified: 1 });
    expect(body.files[0].findings.map((f: { path: { cell: string } }) => f.path.cell)).toEqual(["PL04!D12"]);
    expect(body.files[0].justifiedWarnings).toEqual([
      expect.objectContaining({
        code: "plausibility.change",
        rule: "PL04.jump",
        justification: "Đợt kết nạp lớn theo chỉ thị của Tỉnh ủy.",
        path: expect.objectContaining({ cell: "PL04!D11" }),
      }),
    ]);
    expect(body.files[0].justifiedWarnings[0].file).toBeUndefined();
  });
});
