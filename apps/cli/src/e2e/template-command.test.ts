import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { phuluc, tempDir } from "./run-built.js";

describe("phuluc template (the built command)", () => {
  it("makes a blank workbook per unit, keeps existing files, and the blanks fail validation until filled", async () => {
    const out = tempDir("template");
    const made = await phuluc(["template", "--period", "2022-Y", "--all", "--out", out, "--cut-off", "05/12/2022", "-q"]);
    expect(made.code).toBe(0);
    expect(made.stdout).toContain("Đã tạo 67 biểu mẫu năm 2022");
    expect(readdirSync(out)).toHaveLength(67);
    expect(readdirSync(out)).toContain("51-quang-ngai.xlsx");
    const again = await phuluc(["template", "--period", "2022-Y", "--unit", "Quảng Ngãi", "--out", out, "-q"]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("Giữ nguyên 1 tệp đã có");
    const blank = await phuluc(["validate", join(out, "51-quang-ngai.xlsx"), "-q"]);
    expect(blank.code).toBe(1);
    expect(blank.stdout).toContain("chưa nhập số liệu");
  });

  it("2 for a unit the period's registry lacks", async () => {
    const r = await phuluc(["template", "--period", "2025-Y", "--unit", "Hà Giang", "--out", tempDir("t2"), "-q"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Hà Giang");
  });

  it("answers an old name with its successor, and accepts a name without diacritics", async () => {
    const r = await phuluc(["template", "--period", "2026-Y", "--unit", "Kon Tum", "--out", tempDir("t3"), "-q"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'phuluc: lỗi: Kon Tum đã hợp nhất vào Quảng Ngãi (mã 51) từ 01/7/2025; báo cáo năm 2026 ghi đơn vị Quảng Ngãi.\nCách sửa: Ghi --unit 51 (hoặc "Quảng Ngãi") để tạo biểu mẫu của đơn vị mới.\n',
    );
    const out = tempDir("t4");
    const made = await phuluc(["template", "--period", "2026-Y", "--unit", "quang ngai", "--out", out, "-q"]);
    expect(made.code).toBe(0);
    expect(made.stdout).toContain("51-quang-ngai.xlsx — Tỉnh ủy Quảng Ngãi");
  });
});
