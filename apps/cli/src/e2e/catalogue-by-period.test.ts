import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { readWorkbook } from "@phuluc/xlsx";
import { describe, expect, it } from "vitest";
import { ROOT, phuluc, tempDir } from "./run-built.js";

/** Every text an officer sees in a workbook's visible sheets. */
function visibleTexts(path: string): string[] {
  const workbook = readWorkbook(new Uint8Array(readFileSync(path)));
  return workbook.sheets
    .filter((s) => s.state === "visible")
    .flatMap((s) => s.cells.map((c) => c.value))
    .filter((v): v is string => typeof v === "string");
}

const CATALOGUE_2022 = join(ROOT, "packages/core/catalogues/2022.1");

describe("templates follow the catalogue of their period", () => {
  it("2026-Y: the two-tier catalogue 2025.2, no row naming a district, said on screen", async () => {
    const out = tempDir("t2026");
    const made = await phuluc(["template", "--period", "2026-Y", "--all", "--out", out, "-q"]);
    expect(made.code).toBe(0);
    expect(made.stdout).toContain("Đã tạo 40 biểu mẫu năm 2026");
    expect(made.stdout).toContain("Danh mục biểu mẫu: 2025.2 (tạm thời)");
    const files = readdirSync(out);
    expect(files).toHaveLength(40);
    for (const file of ["01-ha-noi.xlsx", "TW-CA-dang-uy-cong-an-trung-uong.xlsx"]) {
      const texts = visibleTexts(join(out, file));
      expect(
        texts.filter((t) => /huyện/i.test(t)),
        file,
      ).toEqual([]);
      expect(texts).toContain("từ cấp xã về tỉnh");
    }
  });

  it("2022-Y still uses 2022.1 with its district rows", async () => {
    const out = tempDir("t2022");
    const made = await phuluc(["template", "--period", "2022-Y", "--unit", "51", "--out", out, "-q"]);
    expect(made.stdout).toContain("Danh mục biểu mẫu: 2022.1 —");
    expect(visibleTexts(join(out, "51-quang-ngai.xlsx"))).toContain("từ tỉnh về huyện");
  });

  it("a 2026-Y workbook made from 2022.1 is refused with a message naming the file and both catalogues", async () => {
    const out = tempDir("t2026old");
    const made = await phuluc(["template", "--period", "2026-Y", "--unit", "01", "--out", out, "--catalogue", CATALOGUE_2022, "-q"]);
    expect(made.code).toBe(0);
    expect(made.stdout).toMatch(/Danh mục biểu mẫu: 2022\.1 — .*\(tệp .*catalogue\.json\)/);
    const file = join(out, "01-ha-noi.xlsx");
    const checked = await phuluc(["validate", file, "--json", "-q"]);
    expect(checked.code).toBe(1);
    const report = JSON.parse(checked.stdout) as { files: { file: string; findings: { code: string; message: string }[] }[] };
    const mismatch = report.files[0]?.findings.find((f) => f.code === "catalogue.mismatch");
    expect(mismatch?.message).toBe(
      "Tệp được làm từ danh mục biểu mẫu 2022.1, nhưng năm 2026 dùng danh mục 2025.2 (tạm thời); tệp không được đọc theo danh mục khác nên bị từ chối. Hãy chép số liệu vào biểu mẫu mới (phuluc template --period 2026-Y).",
    );
    expect(report.files[0]?.file).toContain("01-ha-noi.xlsx");
    const withFile = await phuluc(["validate", file, "-q"]);
    expect(withFile.stdout).toContain("01-ha-noi.xlsx — Thành ủy Hà Nội, năm 2026");
    expect(withFile.stdout).toContain("Danh mục biểu mẫu: theo kỳ của từng tệp (2022.1 đến 30/06/2025; 2025.2 (tạm thời) từ 01/07/2025).");
  });

  it("a broken --catalogue is a usage error listing each problem", async () => {
    const r = await phuluc(["template", "--period", "2026-Y", "--unit", "01", "--out", tempDir("tbad"), "--catalogue", join(ROOT, "package.json"), "-q"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("không hợp lệ");
  });
});
