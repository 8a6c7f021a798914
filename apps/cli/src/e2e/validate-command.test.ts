import { describe, expect, it } from "vitest";
import { phuluc } from "./run-built.js";

describe("phuluc validate (the built command): exit 0 clean, 1 errors, 2 usage", () => {
  it("0 for a clean workbook", async () => {
    const r = await phuluc(["validate", "fixtures/2022-Y/51-quang-ngai.xlsx", "--quiet"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("fixtures/2022-Y/51-quang-ngai.xlsx — Tỉnh ủy Quảng Ngãi, năm 2022: không có lỗi");
  });

  it("1 with each finding in Vietnamese and its cell, grouped by file", async () => {
    const r = await phuluc(["validate", "fixtures/2022-Y/24-bac-giang.xlsx", "fixtures/2022-Y/40-nghe-an.xlsx", "--quiet"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("fixtures/2022-Y/24-bac-giang.xlsx — Tỉnh ủy Bắc Giang, năm 2022: 1 lỗi, 0 cảnh báo");
    expect(r.stdout).toMatch(/ {2}Lỗi: PL02, mã số 01, cột \(1\), ô PL02!D11: tổng không khớp .*\(ghi thừa 12\)\./);
    expect(r.stdout).toMatch(/ô PL01!F10: tỷ lệ ghi [\d,]+% nhưng/);
    expect(r.stdout).toContain("Đã kiểm tra 2 tệp: 2 tệp có lỗi; tổng cộng 2 lỗi, 0 cảnh báo.");
  });

  it("1 for a file of another period when --period is given, and for files that are not annex workbooks", async () => {
    expect((await phuluc(["validate", "fixtures/2022-Y/12-lai-chau-6-thang-dau-nam.xlsx", "--period", "2022-Y", "-q"])).stdout).toContain(
      "Lỗi: Tệp ghi kỳ 6 tháng đầu năm 2022, khác kỳ đang tổng hợp năm 2022.",
    );
    const r = await phuluc(["validate", "fixtures/2022-Y/ghi-chu.txt", "fixtures/2022-Y/danh-sach-can-bo.xlsx", "-q"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Lỗi: Không phải tệp phụ lục thống kê");
    expect(r.stdout).toContain(
      "Lỗi: Đây là tệp văn bản, không phải sổ làm việc Excel; hãy mở tệp bằng chương trình đã tạo ra nó và lưu lại dưới dạng Sổ làm việc Excel (.xlsx) rồi gửi lại.",
    );
  });

  it("with --previous, checks each figure against the previous period: a warning naming the figures, exit 0", async () => {
    const r = await phuluc(["validate", "fixtures/2022-Y/14-son-la.xlsx", "--previous", "fixtures/2021-Y", "-q"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("fixtures/2022-Y/14-son-la.xlsx — Tỉnh ủy Sơn La, năm 2022: 0 lỗi, 1 cảnh báo\n");
    expect(r.stdout).toContain(
      '  Cảnh báo: PL04, mã số 04, cột (1), ô PL04!D13: tăng 693% so với năm 2021: 289 → 2.293 (ngưỡng cảnh báo: thay đổi quá 30% và quá 50); hãy kiểm tra lại; nếu số liệu đúng, ghi giải trình ở trang "Giải trình".\n',
    );
    // Without the previous period there is nothing to compare with.
    expect((await phuluc(["validate", "fixtures/2022-Y/14-son-la.xlsx", "-q"])).stdout).toContain("năm 2022: không có lỗi");
  });

  it("2 for a path that does not exist", async () => {
    const r = await phuluc(["validate", "khong-co.xlsx"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('phuluc: lỗi: không tìm thấy "khong-co.xlsx": không tồn tại.');
    expect(r.stderr).toContain("Cách sửa:");
  });

  it("--json with --previous: machine-readable findings and the comparison source", async () => {
    const r = await phuluc(["validate", "fixtures/2022-Y/51-quang-ngai.xlsx", "--previous", "fixtures/2021-Y", "--json", "-q"]);
    expect(r.code).toBe(0);
    const body = JSON.parse(r.stdout) as { schemaVersion: number; files: { unit: string; errors: number }[]; previous: { period: string; units: number } };
    expect(body.schemaVersion).toBe(1);
    expect(body.files).toEqual([expect.objectContaining({ unit: "51", errors: 0 })]);
    expect(body.previous).toMatchObject({ period: "2021-Y", units: 67 });
  });
});
