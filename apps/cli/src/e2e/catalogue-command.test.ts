import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { phuluc, tempDir } from "./run-built.js";

describe("phuluc catalogue (the built command)", () => {
  it("list and show, in Vietnamese", async () => {
    const list = await phuluc(["catalogue", "list"]);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain("2022.1  btctw-2022  chính thức, hiệu lực đến 30/06/2025");
    expect(list.stdout).toContain("2025.2  btctw-2025  tạm thời, chờ Ban Tổ chức Trung ương xác nhận, hiệu lực từ 01/07/2025");
    const show = await phuluc(["catalogue", "show", "2025.2"]);
    expect(show.stdout).toContain("Đối chiếu với danh mục 2022.1: 7 dòng, cột đã đổi; xem: phuluc catalogue diff 2022.1 2025.2\n");
    expect(show.stdout).toContain("PL06 Biên chế ngành Tổ chức xây dựng Đảng — kỳ: năm; 9 dòng, 1 cột, 4 quy tắc, 1 câu báo cáo");
    expect((await phuluc(["catalogue", "show", "2030.1"])).code).toBe(2);
  });

  it("central staff edit a form: show --json, change a label, check, make templates from it", async () => {
    const dir = tempDir("cat");
    const shown = await phuluc(["catalogue", "show", "btctw-2025", "--json"]);
    const doc = JSON.parse(shown.stdout) as { annexes: { code: string; sections: { rows: { code: string; label: string }[] }[]; sentences: string[] }[] };
    const pl07 = doc.annexes.find((a) => a.code === "PL07")!;
    pl07.sections[0]!.rows[0]!.label = "Số cuộc kiểm tra chuyên đề";
    const file = join(dir, "catalogue.json");
    writeFileSync(file, JSON.stringify(doc, null, 2));
    // A label that differs from the predecessor's: the mapping must say whether the figure still compares.
    const unsaid = await phuluc(["catalogue", "check", dir]);
    expect(unsaid.code).toBe(1);
    expect(unsaid.stdout).toContain(
      "  - mapping: PL07 dòng 01 đổi tên từ “Số cuộc kiểm tra” (2022.1) thành “Số cuộc kiểm tra chuyên đề”: ghi vào mapping là renamed (cùng nội dung) hoặc none (chỉ tiêu khác)",
    );
    (doc as unknown as { mapping: unknown[] }).mapping.push({ annex: "PL07", row: "01", became: "renamed", to: ["01"] });
    writeFileSync(file, JSON.stringify(doc, null, 2));
    const ok = await phuluc(["catalogue", "check", dir]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/danh mục biểu mẫu 2025\.2 \(tạm thời\) hợp lệ \(9 phụ lục, hiệu lực từ 01\/07\/2025\)/);
    const made = await phuluc(["template", "--period", "2026-Y", "--unit", "01", "--out", join(dir, "out"), "--catalogue", dir, "-q"]);
    expect(made.code).toBe(0);
    expect(made.stdout).toContain("(tệp ");

    pl07.sentences = ["Tiến hành {r05.c1} cuộc kiểm tra."];
    writeFileSync(file, JSON.stringify(doc, null, 2));
    const bad = await phuluc(["catalogue", "check", file]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain("  - annexes[6].sentences[0]: chỗ điền {r05.c1} nêu ô r05.c1 không có trong PL07");
    expect(readFileSync(file, "utf8")).toContain("{r05.c1}");
  });
});
