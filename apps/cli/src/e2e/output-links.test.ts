import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, phuluc, tempDir } from "./run-built.js";

const snapshot = (dir: string) => readdirSync(dir).map((f) => [f, statSync(join(dir, f)).mtimeMs, readFileSync(join(dir, f)).length]);

describe("outputs never land on an input, whatever links lead there", () => {
  it("--out through a link into the folder being read: refused, nothing written", async () => {
    const dir = tempDir("out-link");
    cpSync(join(FIXTURES, "2021-Y"), join(dir, "nhan"), { recursive: true });
    symlinkSync(join(dir, "nhan"), join(dir, "ra"));
    const before = snapshot(join(dir, "nhan"));
    const r = await phuluc(["consolidate", "nhan", "--period", "2021-Y", "--out", "ra/tong-hop.xlsx", "-q"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'phuluc: lỗi: tệp kết quả "ra/tong-hop.xlsx" (--out) (qua liên kết, đường dẫn này thực chất là "nhan/tong-hop.xlsx") nằm trong thư mục đang đọc "nhan".',
    );
    expect(r.stderr).toContain("Cách sửa: Ghi ra thư mục khác, ví dụ --out out/tong-hop.xlsx");
    expect(snapshot(join(dir, "nhan"))).toEqual(before);
  });

  it("--out onto a file of --previous, and --json through a link to it: refused", async () => {
    const dir = tempDir("out-previous");
    cpSync(join(FIXTURES, "2022-Y"), join(dir, "nhan"), { recursive: true });
    cpSync(join(FIXTURES, "2021-Y"), join(dir, "truoc"), { recursive: true });
    const before = snapshot(join(dir, "truoc"));
    const r = await phuluc(["consolidate", "nhan", "--period", "2022-Y", "--previous", "truoc", "--out", "truoc/01-ha-noi.xlsx", "-q"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('phuluc: lỗi: tệp kết quả "truoc/01-ha-noi.xlsx" (--out) nằm trong thư mục "truoc" (--previous) đang được đọc.');
    expect(r.stderr).toContain("Cách sửa: Ghi ra thư mục khác, ví dụ --out out/tong-hop.xlsx; không ghi vào thư mục của --previous.");
    mkdirSync(join(dir, "ra"));
    symlinkSync(join(dir, "truoc", "01-ha-noi.xlsx"), join(dir, "ra", "bao-cao.json"));
    const j = await phuluc(["consolidate", "nhan", "--period", "2022-Y", "--previous", "truoc", "--out", "ra/n.xlsx", "--json", "ra/bao-cao.json", "-q"], dir);
    expect(j.code).toBe(2);
    expect(j.stderr).toContain(
      'tệp kết quả "ra/bao-cao.json" (--json) (qua liên kết, đường dẫn này thực chất là "truoc/01-ha-noi.xlsx") nằm trong thư mục "truoc" (--previous) đang được đọc.',
    );
    expect(snapshot(join(dir, "truoc"))).toEqual(before);
  });

  it("validate --tidy onto a file being checked, through a link: refused", async () => {
    const dir = tempDir("tidy-link");
    cpSync(join(FIXTURES, "2022-Y", "51-quang-ngai.xlsx"), join(dir, "51.xlsx"));
    symlinkSync(join(dir, "51.xlsx"), join(dir, "so-lieu.csv"));
    const r = await phuluc(["validate", "51.xlsx", "--tidy", "so-lieu.csv", "-q"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'phuluc: lỗi: tệp kết quả "so-lieu.csv" (--tidy) (qua liên kết, đường dẫn này thực chất là "51.xlsx") chính là tệp đang đọc "51.xlsx"; ghi vào sẽ mất tệp đó.',
    );
    expect(r.stderr).toContain("Cách sửa: Ghi ra tệp khác, ví dụ --tidy out/so-lieu.csv.");
  });
});
