import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { phuluc, tempDir, type Ran } from "./run-built.js";

// Back to the units and to analysts: --feedback and --tidy on the bundled 2022 fixtures.
describe("phuluc consolidate … --feedback DIR --tidy FILE.csv (the built command)", () => {
  const out = tempDir("unit-outputs");
  let ran: Ran;
  beforeAll(async () => {
    ran = await phuluc([
      "consolidate",
      "fixtures/2022-Y",
      "--period",
      "2022-Y",
      "--out",
      join(out, "tong-hop.xlsx"),
      "--feedback",
      join(out, "phan-hoi"),
      "--tidy",
      join(out, "so-lieu.csv"),
      "-q",
    ]);
  }, 180_000);

  it("writes one feedback workbook per unit file with findings or not used, and says so", () => {
    expect(ran.code).toBe(1);
    expect(readdirSync(join(out, "phan-hoi")).sort()).toEqual([
      "12-lai-chau-6-thang-dau-nam-phan-hoi.xlsx",
      // The planted outlier among peers (PL01 row 01: 1 woman of 62), a warning even without --previous.
      "17-hoa-binh-phan-hoi.xlsx",
      "24-bac-giang-phan-hoi.xlsx",
      "30-hai-duong-ban-sua-phan-hoi.xlsx",
      "30-hai-duong-phan-hoi.xlsx",
      "40-nghe-an-phan-hoi.xlsx",
      "83-ben-tre-phan-hoi.xlsx",
    ]);
    expect(ran.stdout).toContain(`Tệp phản hồi cho đơn vị: 7 tệp trong ${join(out, "phan-hoi")}`);
    expect(ran.stdout).toContain("Không tạo được tệp phản hồi cho ghi-chu.txt: tệp không đọc được (báo cho đơn vị theo lỗi ở trên).");
  });

  it("writes the tidy table: BOM, header, one row per figure with where it was read", () => {
    const csv = readFileSync(join(out, "so-lieu.csv"), "utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe("period,unit_code,unit_name,group,annex,row_code,row_label,column,column_header,value,unit_of_measure,status,file,sheet,cell");
    expect(ran.stdout).toContain(`Bảng số liệu: ${lines.length - 1} dòng trong ${join(out, "so-lieu.csv")}`);
    const nghean = lines.filter((l) => l.includes(",40-nghe-an.xlsx,"));
    expect(nghean).toContain(
      "2022-Y,40,Tỉnh ủy Nghệ An,Bắc Trung Bộ và Duyên hải miền Trung,PL01,01,Quy hoạch ủy viên Ban Chấp hành đảng bộ tỉnh,3,Tỷ lệ nữ (%),28,%,excluded,40-nghe-an.xlsx,PL01,F10",
    );
    expect(lines.filter((l) => l.includes(",22-quang-ninh.xlsx,")).every((l) => l.includes(",included,"))).toBe(true);
  });

  it("the officer corrects the marked cell in the feedback workbook and the very file passes", async () => {
    const feedback = join(out, "phan-hoi", "40-nghe-an-phan-hoi.xlsx");
    const before = await phuluc(["validate", feedback, "--json", "-q"]);
    expect(before.code).toBe(1);
    const findings = (JSON.parse(before.stdout) as { files: { findings: { code: string; path: { cell?: string } }[] }[] }).files[0]!.findings;
    expect(findings.map((f) => [f.code, f.path.cell])).toEqual([["rule.percentage", "PL01!F10"]]);

    // As in Excel: type 25,5 over the 28,0 that the note marks wrong, save.
    const parts = unzipSync(new Uint8Array(readFileSync(feedback)));
    const sheetName = Object.keys(parts).find((name) => {
      const part = parts[name];
      return name.startsWith("xl/worksheets/sheet") && part !== undefined && /<c r="F10"[^>]*><v>28<\/v>/.test(strFromU8(part));
    });
    expect(sheetName).toBeDefined();
    parts[sheetName!] = strToU8(strFromU8(parts[sheetName!]!).replace(/(<c r="F10"[^>]*>)<v>28<\/v>/, "$1<v>25.5</v>"));
    mkdirSync(join(out, "gui-lai"));
    const corrected = join(out, "gui-lai", "40-nghe-an.xlsx");
    writeFileSync(corrected, zipSync(parts));
    const after = await phuluc(["validate", corrected, "-q"]);
    expect(after.stdout).toContain("không có lỗi");
    expect(after.code).toBe(0);
  });

  it("refuses a feedback folder inside the folder being read", async () => {
    const r = await phuluc(["consolidate", "fixtures/2022-Y", "--period", "2022-Y", "--out", join(out, "x.xlsx"), "--feedback", "fixtures/2022-Y/phan-hoi"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('thư mục tệp phản hồi "fixtures/2022-Y/phan-hoi" (--feedback) nằm trong thư mục đang đọc "fixtures/2022-Y".');
  });
});
