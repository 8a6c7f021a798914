import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from "fflate";
import { readWorkbook } from "@phuluc/xlsx";
import { beforeAll, describe, expect, it } from "vitest";
import type { Report } from "@phuluc/consolidate";
import { FIXTURES, phuluc, tempDir, type Ran } from "./run-built.js";

/** The part of the sheet named `name` in a workbook's zip. */
function sheetPart(parts: Unzipped, name: string): string {
  const workbook = strFromU8(parts["xl/workbook.xml"] as Uint8Array);
  const id = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const rels = strFromU8(parts["xl/_rels/workbook.xml.rels"] as Uint8Array);
  const target =
    new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
    new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
  if (!id || !target) throw new Error(`no sheet ${name}`);
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

/** As an officer in Excel: types `text` into the cell (a text) or `value` (a number) and saves. */
function edit(parts: Unzipped, sheet: string, address: string, content: { text: string } | { value: number }): void {
  const part = sheetPart(parts, sheet);
  const xml = strFromU8(parts[part] as Uint8Array);
  const cell = new RegExp(`<c r="${address}"([^>]*?)(?:/>|>.*?</c>)`);
  const attrs = cell.exec(xml)?.[1];
  if (attrs === undefined) throw new Error(`no cell ${sheet}!${address}`);
  const style = attrs.replace(/\s+t="[^"]*"/, "");
  const written =
    "text" in content ? `<c r="${address}"${style} t="inlineStr"><is><t>${content.text}</t></is></c>` : `<c r="${address}"${style}><v>${content.value}</v></c>`;
  parts[part] = strToU8(xml.replace(cell, written));
}

const KON_TUM = "Năm 2021 tỉnh không mở lớp hệ không tập trung; năm 2022 mở lại theo kế hoạch của Tỉnh ủy.";
const HOA_BINH = "Số liệu đúng: nhiệm kỳ này chỉ 1 nữ trong quy hoạch; tỉnh đang bổ sung.";

// Item 5 of the issue, the whole loop on the fixtures: consolidate with --feedback, the units answer
// in the very feedback workbooks (two justify their warning, one corrects its figure), consolidate again.
describe("warnings back and forth: feedback workbook → the unit justifies or corrects → consolidate again (the built command)", () => {
  const out = tempDir("giai-trinh");
  const folder = join(out, "2022-Y");
  let first: Report;
  let second: Report;
  let again: Ran;
  beforeAll(async () => {
    cpSync(join(FIXTURES, "2022-Y"), folder, { recursive: true });
    const args = (round: string) => [
      "consolidate",
      folder,
      "--period",
      "2022-Y",
      "--previous",
      "fixtures/2021-Y",
      "--out",
      join(out, `${round}.xlsx`),
      "--json",
      join(out, `${round}.json`),
      "--tidy",
      join(out, `${round}.csv`),
      "--feedback",
      join(out, `phan-hoi-${round}`),
      "-q",
    ];
    const ran = await phuluc(args("lan-1"));
    expect(ran.code).toBe(1);
    first = JSON.parse(readFileSync(join(out, "lan-1.json"), "utf8")) as Report;

    const answer = (unit: string, change: (parts: Unzipped) => void) => {
      const parts = unzipSync(new Uint8Array(readFileSync(join(out, "phan-hoi-lan-1", `${unit}-phan-hoi.xlsx`))));
      change(parts);
      writeFileSync(join(folder, `${unit}.xlsx`), zipSync(parts));
    };
    // The feedback workbook lists each open warning on the sheet "Giải trình", cell, rule and value filled in: the unit writes why.
    answer("62-kon-tum", (p) => edit(p, "Giải trình", "E5", { text: KON_TUM }));
    answer("17-hoa-binh", (p) => edit(p, "Giải trình", "E5", { text: HOA_BINH }));
    // Sơn La's was a typing slip: 2293 for 293, corrected in the marked cell.
    answer("14-son-la", (p) => edit(p, "PL04", "D13", { value: 293 }));

    again = await phuluc(args("lan-2").filter((a) => a !== "-q"));
    second = JSON.parse(readFileSync(join(out, "lan-2.json"), "utf8")) as Report;
  }, 240_000);

  const plausibility = (r: Report) => r.findings.filter((f) => f.code.startsWith("plausibility.")).map((f) => [f.unit, f.code]);

  it("first round: the four planted jumps are open warnings, each unit hears back", () => {
    expect(plausibility(first)).toEqual([
      ["14", "plausibility.change"],
      ["17", "plausibility.peers"],
      ["62", "plausibility.from_zero"],
      ["89", "plausibility.vanished"],
    ]);
    expect(first.justifiedWarnings).toEqual([]);
  });

  it("second round: the justified warnings are 'đã giải trình' with the unit's text, not open; the corrected figure passes; the rest stays open", () => {
    expect(again.code).toBe(1);
    expect(plausibility(second)).toEqual([["89", "plausibility.vanished"]]);
    expect(second.findings.filter((f) => f.code.startsWith("justification."))).toEqual([]);
    expect(second.justifiedWarnings.map((f) => [f.unit, f.code, f.rule, f.path.cell, f.justification])).toEqual([
      ["17", "plausibility.peers", "PL01.female-share", "PL01!E10", HOA_BINH],
      ["62", "plausibility.from_zero", "PL03.admissions-jump", "PL03!D20", KON_TUM],
    ]);
    expect(second.justifiedWarnings[1]?.message).toBe(
      'PL03, mã số 06, cột (1), ô PL03!D20: tăng từ 0 lên 60 so với năm 2021; hãy kiểm tra lại; nếu số liệu đúng, ghi giải trình ở trang "Giải trình".',
    );
    for (const unit of ["17", "62"]) {
      expect(second.units.find((u) => u.code === unit)).toMatchObject({ status: "included", warnings: 0, justified: 1 });
      expect(second.files.find((f) => f.unit === unit && f.status === "included")).toMatchObject({ warnings: 0, justified: 1 });
    }
    expect(second.units.find((u) => u.code === "14")).toMatchObject({ status: "included", errors: 0, warnings: 0, justified: 0 });
    // Sơn La's correction reaches the national total: 2000 fewer.
    const pl04 = (r: Report) => Number(r.national.find((a) => a.annex === "PL04")?.cells.find((c) => c.key === "04.1")?.value);
    expect(pl04(first) - pl04(second)).toBe(2000);
  });

  it("says so in the summary, the tidy table and the national workbook", () => {
    expect(again.stdout).toContain("Lỗi: 7 · cảnh báo: 2 · cảnh báo đã giải trình: 2 ");
    const rows = readFileSync(join(out, "lan-2.csv"), "utf8").split("\r\n");
    const row = (unit: string, annex: string, code: string, column: string) =>
      rows.find((l) => l.startsWith(`2022-Y,${unit},`) && l.includes(`,${annex},${code},`) && l.split(",")[7] === column);
    expect(row("62", "PL03", "06", "1")).toContain(",60,");
    expect(row("62", "PL03", "06", "1")).toContain(",justified,");
    expect(row("62", "PL03", "06", "2")).toContain(",included,");
    expect(row("89", "PL03", "05", "1")).toContain(",included,");
    const national = readWorkbook(new Uint8Array(readFileSync(join(out, "lan-2.xlsx"))));
    const sheet = national.sheets.find((s) => s.name === "Cảnh báo đã giải trình");
    const texts = sheet?.cells.map((c) => String(c.value)) ?? [];
    expect(texts).toContain(KON_TUM);
    expect(texts).toContain(HOA_BINH);
  });
});
