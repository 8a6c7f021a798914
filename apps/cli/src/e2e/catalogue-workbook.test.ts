import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CATALOGUE_2025_2_DATA } from "@phuluc/core";
import { writeCatalogueWorkbook } from "@phuluc/xlsx";
import { describe, expect, it } from "vitest";
import { phuluc, tempDir } from "./run-built.js";

describe("phuluc catalogue diff | to-xlsx | from-xlsx (the built command)", () => {
  it("diff lists what changed between two catalogues, in Vietnamese", async () => {
    const ran = await phuluc(["catalogue", "diff", "2022.1", "2025.2"]);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain("So sánh danh mục 2022.1 với 2025.2 (tạm thời): 23 thay đổi (thêm 7, bỏ 0, sửa 16).");
    expect(ran.stdout).toContain("Phụ lục PL02:\n  - sửa dòng 04: “từ tỉnh về huyện” → “từ Trung ương về tỉnh”\n");
    expect(ran.stdout).toContain("  - thêm đối chiếu PL06 dòng 06: “không còn chỉ tiêu tương ứng”\n");
    expect(ran.stdout).toContain("  - sửa phụ lục PL08 note: “(trống)” → “Các dòng của phụ lục này là tạm thời");
  });

  it("to-xlsx, then from-xlsx gives the same catalogue; an existing file is not overwritten", async () => {
    const dir = tempDir("cat-xlsx");
    const book = join(dir, "danh-muc.xlsx");
    const wrote = await phuluc(["catalogue", "to-xlsx", "2025.2", "--out", book]);
    expect(wrote.code).toBe(0);
    expect(wrote.stdout).toContain("Đã ghi danh mục biểu mẫu 2025.2 (tạm thời) thành tệp");
    const again = await phuluc(["catalogue", "to-xlsx", "2025.2", "--out", book]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("đã có; không ghi đè.");
    const back = await phuluc(["catalogue", "from-xlsx", book, "--out", join(dir, "dm")]);
    expect(back.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "dm", "catalogue.json"), "utf8"))).toEqual(CATALOGUE_2025_2_DATA);
    const same = await phuluc(["catalogue", "diff", "2025.2", join(dir, "dm")]);
    expect(same.stdout).toBe("So sánh danh mục 2025.2 (tạm thời) với 2025.2 (tạm thời): giống nhau.\n");
  });

  it("an edited workbook with a mistake: the sheet and cell, in Vietnamese, and nothing written", async () => {
    const dir = tempDir("cat-xlsx-bad");
    const doc = structuredClone(CATALOGUE_2025_2_DATA);
    const pl07 = doc.annexes.find((a) => a.code === "PL07")!;
    pl07.sections[0]!.rows[0]!.label = "Số cuộc kiểm tra chuyên đề";
    pl07.sentences = ["Tiến hành {r05.c1} cuộc kiểm tra."];
    const book = join(dir, "sua.xlsx");
    writeFileSync(book, await writeCatalogueWorkbook(doc));
    const bad = await phuluc(["catalogue", "from-xlsx", book, "--out", join(dir, "dm")]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/ {2}- trang "Câu báo cáo", ô B\d+: chỗ điền \{r05\.c1\} nêu ô r05\.c1 không có trong PL07/);
    expect(bad.stdout).toContain(": chỗ điền {r05.c1} nêu ô r05.c1 không có trong PL07");
    expect(existsSync(join(dir, "dm"))).toBe(false);
  });
});
