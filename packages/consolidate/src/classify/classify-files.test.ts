import { REGISTRY_2022, catalogue2022, periodOrThrow, type Finding } from "@phuluc/core";
import { describe, expect, it } from "vitest";
import type { FileRead } from "../read/file-read.js";
import { figureLayout } from "../read/figure-layout.js";
import { classifyFiles } from "./classify-files.js";

const catalogue = catalogue2022();
const layout = figureLayout(catalogue);
const options = { catalogue, period: periodOrThrow("2022-Y"), registry: REGISTRY_2022, layout, preferNewest: false };

/** A read of `file`; a field given as undefined is left out (a file without a unit, say). */
function read(file: string, extra: { [K in keyof FileRead]?: FileRead[K] | undefined } = {}): FileRead {
  const out: Record<string, unknown> = {
    path: `/in/${file}`,
    file,
    size: 1000,
    mtimeMs: 1_700_000_000_000,
    sha256: `sha-${file}`,
    unit: "51",
    registryId: REGISTRY_2022.id,
    period: "2022-Y",
    generatedAt: "2022-11-25T08:00:00.000Z",
    findings: [],
    errors: 0,
    warnings: 0,
    justified: 0,
    annexes: [],
    figures: new Float64Array(layout.size).fill(Number.NaN),
    ...extra,
  };
  for (const [key, value] of Object.entries(extra)) if (value === undefined) delete out[key];
  return out as unknown as FileRead;
}

const error = (code: Finding["code"], file: string): Finding => ({ code, severity: "error", path: { file }, params: {} });

describe("classifyFiles", () => {
  it("accounts for every file with its status and a Vietnamese reason", () => {
    const reads = [
      read("51.xlsx"),
      read("24.xlsx", { unit: "24", findings: [error("rule.sum", "24.xlsx")], errors: 1 }),
      read("h1.xlsx", { unit: "12", period: "2022-H1" }),
      read("x.xlsx", {
        unit: undefined,
        findings: [{ code: "unit.unknown", severity: "error", path: {}, params: { name: "Tỉnh X", registryTitle: "danh mục" } }],
        errors: 1,
      }),
      read("ds.xlsx", { notAnnex: true, unit: undefined, findings: [error("file.not_annex_workbook", "ds.xlsx")], errors: 1 }),
      read("a.txt", { readError: error("file.not_zip", "a.txt"), unit: undefined, findings: [error("file.not_zip", "a.txt")], errors: 1 }),
    ];
    const { outcomes, returns } = classifyFiles(reads, options);
    expect(outcomes.map((o) => [o.file, o.status])).toEqual([
      ["51.xlsx", "included"],
      ["24.xlsx", "excluded"],
      ["h1.xlsx", "wrong_period"],
      ["x.xlsx", "unknown_unit"],
      ["ds.xlsx", "not_annex"],
      ["a.txt", "unreadable"],
    ]);
    expect(outcomes[2]?.reason).toBe("Tệp ghi kỳ 6 tháng đầu năm 2022, khác kỳ đang tổng hợp năm 2022.");
    expect(outcomes[2]?.findings.map((f) => f.code)).toEqual(["period.mismatch"]);
    expect(returns.map((r) => r.unit)).toEqual(["51", "24"]);
  });

  it("sets identical copies aside quietly", () => {
    const { outcomes, returns } = classifyFiles([read("51.xlsx", { sha256: "same" }), read("email/51.xlsx", { sha256: "same" })], options);
    expect(outcomes.map((o) => o.status)).toEqual(["included", "duplicate"]);
    expect(outcomes[1]?.conflict).toBeUndefined();
    expect(outcomes[1]?.reason).toContain("51.xlsx");
    expect(returns).toHaveLength(1);
  });

  it("makes two different files for one unit an error naming both", () => {
    const { outcomes, returns } = classifyFiles([read("51-a.xlsx"), read("51-b.xlsx", { generatedAt: "2022-12-08T09:30:00.000Z" })], options);
    expect(outcomes.map((o) => [o.status, o.conflict])).toEqual([
      ["duplicate", true],
      ["duplicate", true],
    ]);
    expect(outcomes[0]?.findings.map((f) => f.code)).toEqual(["file.duplicate_unit"]);
    expect(outcomes[0]?.reason).toContain("51-a.xlsx, 51-b.xlsx");
    expect(returns).toHaveLength(1);
    expect(returns[0]?.validation.errors).toBe(1);
  });

  it("takes the newest with --prefer newest: _meta time first, then file time", () => {
    const byMeta = classifyFiles([read("51-a.xlsx", { mtimeMs: 9e12 }), read("51-b.xlsx", { generatedAt: "2022-12-08T09:30:00.000Z" })], {
      ...options,
      preferNewest: true,
    });
    expect(byMeta.outcomes.map((o) => o.status)).toEqual(["duplicate", "included"]);
    const byTime = classifyFiles([read("51-a.xlsx", { generatedAt: undefined, mtimeMs: 2 }), read("51-b.xlsx", { generatedAt: undefined, mtimeMs: 1 })], {
      ...options,
      preferNewest: true,
    });
    expect(byTime.outcomes.map((o) => o.status)).toEqual(["included", "duplicate"]);
    expect(byTime.outcomes[1]?.reason).toContain("51-a.xlsx");
  });

  it("counts a file that names a unit as that unit's, received but unreadable, unless the unit has a readable file", () => {
    const ods = read("60-binh-thuan.ods", {
      readError: error("file.not_zip", "60-binh-thuan.ods"),
      unit: undefined,
      findings: [error("file.not_zip", "60-binh-thuan.ods")],
      errors: 1,
    });
    const locked = read("thu/bao-cao-bac-lieu.xlsx", {
      readError: error("file.encrypted", "thu/bao-cao-bac-lieu.xlsx"),
      unit: undefined,
      findings: [error("file.encrypted", "thu/bao-cao-bac-lieu.xlsx")],
      errors: 1,
    });
    // _meta names Quảng Ngãi, which also sent a readable file: that one is its return.
    const copy = read("51-cu.xlsx", { notAnnex: true, findings: [error("file.not_annex_workbook", "51-cu.xlsx")], errors: 1 });
    const { outcomes, returns } = classifyFiles([ods, locked, copy, read("51.xlsx")], options);
    expect(outcomes.map((o) => [o.file, o.status, o.unit])).toEqual([
      ["60-binh-thuan.ods", "unreadable", "60"],
      ["thu/bao-cao-bac-lieu.xlsx", "unreadable", "95"],
      ["51-cu.xlsx", "not_annex", "51"],
      ["51.xlsx", "included", "51"],
    ]);
    expect(returns.map((r) => [r.unit, r.file, r.unreadable ?? false])).toEqual([
      ["51", "51.xlsx", false],
      ["60", "60-binh-thuan.ods", true],
      ["95", "thu/bao-cao-bac-lieu.xlsx", true],
    ]);
    expect(outcomes[1]?.reason).toBe(
      "Tệp được đặt mật khẩu mở nên không đọc được; hãy mở tệp bằng Excel, vào Tệp > Thông tin > Bảo vệ Sổ làm việc > Mã hóa bằng Mật khẩu, xóa mật khẩu, lưu lại rồi gửi lại.",
    );
  });
});
