import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { memoryIo } from "./io/io.js";
import { run } from "./run.js";

async function call(argv: string[], cwd = process.cwd()) {
  const io = memoryIo({ cwd });
  const code = await run(argv, io);
  return { code, out: io.stdout(), err: io.stderr() };
}

describe("phuluc usage errors: what is wrong and how to fix it, exit 2", () => {
  const dir = mkdtempSync(join(tmpdir(), "phuluc-run-"));
  mkdirSync(join(dir, "trong"));
  mkdirSync(join(dir, "co-tep"));
  writeFileSync(join(dir, "co-tep", "51.xlsx"), "x");
  writeFileSync(join(dir, "nhom.json"), "{ không phải json");

  it("unknown command, with the closest one", async () => {
    const r = await call(["consolidat"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('phuluc: lỗi: không có lệnh "consolidat".');
    expect(r.err).toContain("phuluc consolidate");
  });

  it("unknown flag", async () => {
    const r = await call(["validate", "x.xlsx", "--jsn"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("không có tùy chọn --jsn");
    expect(r.err).toContain("Cách sửa: Có phải ý bạn là --json?");
  });

  it("missing folder", async () => {
    const r = await call(["consolidate", "khong-co", "--period", "2022-Y", "--out", "out/a.xlsx"], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('không tìm thấy thư mục "khong-co": không tồn tại.');
  });

  it("empty folder", async () => {
    const r = await call(["consolidate", "trong", "--period", "2022-Y", "--out", "out/a.xlsx"], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('thư mục "trong" không có tệp nào.');
  });

  it("unknown period", async () => {
    const r = await call(["consolidate", "co-tep", "--period", "2022-X", "--out", "out/a.xlsx"], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('kỳ báo cáo "2022-X" (--period) không hợp lệ.');
    expect(r.err).toContain("2022-Y (năm 2022)");
  });

  it("missing period and output", async () => {
    expect((await call(["consolidate", "co-tep", "--out", "out/a.xlsx"], dir)).err).toContain("thiếu kỳ báo cáo (--period)");
    expect((await call(["consolidate", "co-tep", "--period", "2022-Y"], dir)).err).toContain("thiếu tệp tổng hợp sẽ ghi (--out)");
  });

  it("unreadable grouping file", async () => {
    const missing = await call(["consolidate", "co-tep", "--period", "2022-Y", "--out", "out/a.xlsx", "--grouping", "khong-co.json"], dir);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('không đọc được tệp phân nhóm "khong-co.json" (--grouping): không tồn tại.');
    const broken = await call(["consolidate", "co-tep", "--period", "2022-Y", "--out", "out/a.xlsx", "--grouping", "nhom.json"], dir);
    expect(broken.code).toBe(2);
    expect(broken.err).toContain('tệp phân nhóm "nhom.json" không phải JSON hợp lệ');
  });

  it("a grouping naming units the registry lacks", async () => {
    writeFileSync(
      join(dir, "nhom-sai.json"),
      JSON.stringify({ id: "hoi-nghi", name: "Cụm hội nghị", groups: [{ name: "Cụm 1", units: ["Hà Nội", "Tỉnh Không Có"] }] }),
    );
    const r = await call(["consolidate", "co-tep", "--period", "2022-Y", "--out", "out/a.xlsx", "--grouping", "nhom-sai.json"], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('không tìm thấy đơn vị "Tỉnh Không Có"');
  });

  it("a file where a folder is needed", async () => {
    const r = await call(["consolidate", "co-tep/51.xlsx", "--period", "2022-Y", "--out", "out/a.xlsx"], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain("lệnh consolidate cần một thư mục");
    expect(r.err).toContain('phuluc validate "co-tep/51.xlsx"');
  });

  it("--prefer with another value", async () => {
    const r = await call(["consolidate", "co-tep", "--period", "2022-Y", "--out", "out/a.xlsx", "--prefer", "oldest"], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--prefer newest");
  });

  it("template without a unit", async () => {
    const r = await call(["template", "--period", "2022-Y", "--out", "x"], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain("chưa chọn đơn vị");
  });

  it("help and version exit 0", async () => {
    const help = await call(["consolidate", "--help"]);
    expect(help.code).toBe(0);
    expect(help.out).toContain("Cách dùng:");
    expect(help.out).toContain("--prefer newest");
    expect((await call(["--version"])).code).toBe(0);
    expect((await call([])).code).toBe(2);
  });
});
