import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { cellAddress } from "@phuluc/core";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REGISTRY_2022, periodOrThrow, unitByCode } from "@phuluc/core";
import { T } from "../texts.js";
import { chromiumAvailable } from "../test-support/chromium.js";
import { templateStandIn } from "../test-support/template-stand-in.js";
import type { SerializedWorkbook } from "../test-support/excel-stand-in/serialize.js";
import { PaneHarness, excel } from "./pane-harness.js";
import { annexes, at, catalogue, formulaOf, inputFigures, layouts, settle, summary } from "./pane-figures.js";

const APP = join(dirname(fileURLToPath(import.meta.url)), "../..");
/**
 * Where the screenshots go: a git-ignored test-artefacts/ folder, so a test run
 * leaves the tree clean. `pnpm --filter excel-addin screenshots` points this at
 * docs/ to refresh the guide's pictures on purpose.
 */
const SHOTS = process.env.ADDIN_SCREENSHOT_DIR ? join(APP, process.env.ADDIN_SCREENSHOT_DIR) : join(APP, "test-artefacts");

const run = chromiumAvailable();

describe.skipIf(!run)("task pane in Chromium with the Excel stand-in", () => {
  let harness: PaneHarness;
  beforeAll(async () => {
    harness = await PaneHarness.start();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it("creates the annexes, shows findings live, points at the cell, clears fixed ones and exports", async () => {
    // ExcelApi 1.20: the add-in's writes stay in the undo history, so marks follow every edit.
    const page = await harness.open({ apiVersion: "1.20" }, { width: 360, height: 780 });
    // A fixed clock keeps the screenshot the same from run to run.
    await page.clock.setFixedTime(new Date("2022-12-05T09:30:00+07:00"));
    await page.waitForSelector("#setup:not([hidden])");

    // Choose the period and search the unit without diacritics.
    await page.selectOption("#year", "2022");
    await page.selectOption("#kind", "Y");
    await page.fill("#cut-off", "5/12/2022");
    await page.fill("#unit-search", "quang ngai");
    expect(await page.locator("#unit-list option").allTextContents()).toEqual(["Tỉnh ủy Quảng Ngãi (51)"]);
    expect(await page.locator("#unit-count").textContent()).toMatch(/^1\/67 đơn vị/);
    await mkdir(SHOTS, { recursive: true });
    await writeFile(join(SHOTS, "task-pane-setup.png"), await page.screenshot());
    await page.click("#create");
    await page.waitForSelector("#workbook:not([hidden])");
    expect(await page.locator("#unit-name").textContent()).toBe("Tỉnh ủy Quảng Ngãi");

    // The workbook now holds the nine annexes drawn from core's layout, and _meta very hidden.
    const sheets = await excel<{ name: string; visibility: string }[]>(page, "sheets");
    expect(sheets).toEqual([
      { name: "_meta", visibility: "VeryHidden" },
      ...annexes.map((a) => ({ name: a.code, visibility: "Visible" })),
      { name: "Giải trình", visibility: "Visible" },
    ]);
    const snapshot = await excel<SerializedWorkbook>(page, "snapshot");
    for (const [code, layout] of layouts) {
      const sheet = snapshot.sheets.find((s) => s.name === code);
      const cell = (address: string) => sheet?.cells.find((c) => c.address === address);
      expect(sheet?.protection?.protected, code).toBe(true);
      expect(sheet?.merges?.length, code).toBe(layout.cells.filter((c) => (c.rowSpan ?? 1) > 1 || (c.colSpan ?? 1) > 1).length);
      for (const c of layout.cells) {
        const address = cellAddress(c.row, c.column);
        if (c.formula) expect(cell(address)?.formula, `${code}!${address}`).toBe(`=${c.formula}`);
        if (typeof c.value === "string") expect(cell(address)?.value, `${code}!${address}`).toBe(c.value);
        if (c.numberFormat) expect(cell(address)?.numberFormat, `${code}!${address}`).toBe(c.numberFormat);
        if (c.role === "input") expect(cell(address)?.locked, `${code}!${address}`).toBe(false);
        if (c.role === "derived") expect(cell(address)?.fill, `${code}!${address}`).toBe("#E4ECF7");
      }
    }
    const input = await excel<{ validation: Record<string, unknown> }>(page, "cell", "PL01", at("PL01", "01.2"));
    expect(input.validation).toMatchObject({
      rule: { wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } },
      prompt: { title: "PL01 – mã số 01, cột (2)" },
    });
    const meta = snapshot.sheets.find((s) => s.name === "_meta")?.cells.map((c) => c.value);
    expect(meta).toEqual(expect.arrayContaining(["template", "phuluc-annex-workbook", "unit", "51", "period", "2022-Y", "cutOff", "2022-12-05"]));
    expect((await excel<{ value: string }>(page, "cell", "PL01", "A6")).value).toBe("Số liệu tính đến ngày 05/12/2022");
    expect(await excel(page, "settings")).toEqual({ "Office.AutoShowTaskpaneWithDocument": true });

    // A fresh form: required cells are listed (folded per annex), not painted.
    expect(await summary(page)).toMatch(/^\d+ lỗi, 0 cảnh báo$/);
    expect(await page.locator(".finding[data-code='cell.required']").count()).toBe(annexes.length);

    // Creating was asked for; from here on nothing the add-in does may clear the officer's undo.
    await excel(page, "resetUndo");

    // The officer types every input figure; formulas compute the rest.
    for (const [code, cells] of inputFigures()) await excel(page, "fill", code, cells);
    await expect.poll(() => summary(page), { timeout: 30_000 }).toBe("0 lỗi, 1 cảnh báo");

    // Then overwrites a percentage and a total (sheets unprotected by hand, as officers do).
    const pct = at("PL01", "01.3");
    const total = at("PL02", "01.1");
    await excel(page, "unprotect", "PL01");
    await excel(page, "type", "PL01", pct, 45.6);
    await excel(page, "unprotect", "PL02");
    const right = (await excel<{ value: number }>(page, "cell", "PL02", total)).value;
    await excel(page, "type", "PL02", total, right + 1);
    await expect.poll(() => summary(page), { timeout: 30_000 }).toBe("2 lỗi, 1 cảnh báo");

    const pctFinding = page.locator(`.finding[data-sheet='PL01'][data-address='${pct}']`);
    expect(await pctFinding.textContent()).toMatch(/^LỗiMã số 01, cột \(3\), ô F10Tỷ lệ ghi 45,6% nhưng \(2\) \/ \(1\) × 100 = /);
    expect(await page.locator(`.finding[data-sheet='PL02'][data-address='${total}']`).textContent()).toMatch(
      new RegExp(`^LỗiMã số 01, cột \\(1\\), ô ${total}Tổng không khớp .*ghi ${right + 1}.*ghi thừa 1`),
    );
    expect((await excel<{ fill: string }>(page, "cell", "PL01", pct)).fill).toBe("#FFC7CE");
    expect((await excel<{ fill: string }>(page, "cell", "PL02", total)).fill).toBe("#FFC7CE");
    expect((await excel<{ fill: string }>(page, "cell", "PL01", at("PL01", "01.1"))).fill).toBe("#FCE4E4");
    // Marks were painted on protected sheets as they are: no protect/unprotect, Ctrl+Z still works.
    expect(await excel(page, "undoCleared")).toEqual([]);
    expect((await excel<{ protection: { protected: boolean } }>(page, "sheet", "PL03")).protection.protected).toBe(true);

    // Our own highlighting fires onChanged too; the pane must not loop on it.
    const before = await settle(page);
    await page.waitForTimeout(1200);
    expect((await excel<{ syncs: number }>(page, "stats")).syncs).toBe(before);

    await writeFile(join(SHOTS, "task-pane.png"), await page.screenshot({ fullPage: true }));

    // Clicking the finding selects the cell on its sheet.
    expect(await excel(page, "selection")).not.toEqual({ sheet: "PL01", address: pct });
    await pctFinding.click();
    await expect.poll(() => excel(page, "selection")).toEqual({ sheet: "PL01", address: pct });
    expect(await excel(page, "activeSheet")).toBe("PL01");

    // Putting the formula back clears the finding and its highlight.
    await excel(page, "type", "PL01", pct, formulaOf("PL01", "01.3"));
    await expect.poll(() => summary(page), { timeout: 30_000 }).toBe("1 lỗi, 1 cảnh báo");
    expect(await pctFinding.count()).toBe(0);
    await expect.poll(async () => (await excel<{ fill: string }>(page, "cell", "PL01", pct)).fill).toBe("#E4ECF7");
    expect((await excel<{ fill: string | null }>(page, "cell", "PL01", at("PL01", "01.1"))).fill).toBeNull();

    // Export is refused while an error is left, with the reason.
    await page.click("#export");
    await expect.poll(() => page.locator("#export-message").textContent()).toMatch(/^Chưa xuất được file nộp: còn 1 lỗi\./);

    // Fixed: the export stamps _meta and downloads the workbook under the unit's name.
    await excel(page, "type", "PL02", total, formulaOf("PL02", "01.1"));
    await expect.poll(() => summary(page), { timeout: 30_000 }).toBe("0 lỗi, 1 cảnh báo");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export")]);
    expect(download.suggestedFilename()).toBe("PL_2022-Y_51_Quang-Ngai.xlsx");
    const saved = JSON.parse(await readFile((await download.path()) ?? "", "utf8")) as SerializedWorkbook;
    const stamped = new Map<string, unknown>();
    const rows = saved.sheets.find((s) => s.name === "_meta")?.cells ?? [];
    for (const c of rows.filter((x) => x.address.startsWith("A")))
      stamped.set(String(c.value), rows.find((x) => x.address === `B${c.address.slice(1)}`)?.value);
    expect(stamped.get("figuresHash")).toMatch(/^[0-9a-f]{64}$/);
    expect(String(stamped.get("validatedAt"))).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(stamped.get("catalogueVersion")).toBe(catalogue.version);
    expect(await page.locator("#export-message").textContent()).toMatch(/^Đã xuất PL_2022-Y_51_Quang-Ngai\.xlsx\. Còn 1 cảnh báo/);
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  });

  it("recognises a workbook made by `phuluc template` and validates it without recreating anything", async () => {
    const unit = unitByCode(REGISTRY_2022, "51");
    if (!unit) throw new Error("unit 51 missing");
    const workbook = templateStandIn({ catalogue, unit, period: periodOrThrow("2022-Y"), cutOff: "2022-12-05", generatedAt: "2022-11-01T00:00:00.000Z" });
    // ExcelApi 1.14: Excel tags the add-in's own changes, so its highlights cost no read at all.
    const page = await harness.open({ workbook, apiVersion: "1.14" });
    await page.waitForSelector("#workbook:not([hidden])");
    expect(await page.locator("#setup").isHidden()).toBe(true);
    expect(await page.locator("#unit-name").textContent()).toBe("Tỉnh ủy Quảng Ngãi");
    expect(await excel(page, "sheets")).toEqual(workbook.sheets.map((s) => ({ name: s.name, visibility: s.visibility })));
    await expect.poll(() => summary(page)).toMatch(/^\d+ lỗi, 0 cảnh báo$/);

    for (const [code, cells] of inputFigures()) await excel(page, "fill", code, cells);
    await expect.poll(() => summary(page), { timeout: 30_000 }).toBe("0 lỗi, 1 cảnh báo");
    const quiet = await settle(page);
    const before = await excel<{ readSyncs: number; writeSyncs: number }>(page, "stats");

    // One edit: one read of that annex and no write: before ExcelApi 1.20 a write would clear
    // the officer's undo history, so the list follows the edit and the marks wait to be asked for.
    await excel(page, "resetUndo");
    await excel(page, "unprotect", "PL01");
    await excel(page, "type", "PL01", at("PL01", "01.3"), 45.6);
    await expect.poll(() => summary(page), { timeout: 30_000 }).toBe("1 lỗi, 1 cảnh báo");
    await settle(page);
    const after = await excel<{ syncs: number; readSyncs: number; writeSyncs: number }>(page, "stats");
    expect(after.readSyncs - before.readSyncs).toBe(1);
    expect(after.writeSyncs - before.writeSyncs).toBe(0);
    expect(after.syncs).toBe(quiet + 1);
    expect(await excel(page, "undoCleared")).toEqual([]);
    expect((await excel<{ fill: string | null }>(page, "cell", "PL01", at("PL01", "01.3"))).fill).not.toBe("#FFC7CE");
    expect(await page.locator("#action-hint").textContent()).toBe(T.marksPending);

    // Asked for: "Kiểm tra toàn bộ" paints, on sheets the CLI protected with formatting allowed, without unprotecting.
    await page.click("#check-all");
    await expect.poll(async () => (await excel<{ fill: string }>(page, "cell", "PL01", at("PL01", "01.3"))).fill).toBe("#FFC7CE");
    expect(await excel(page, "undoCleared")).toEqual(["write"]);
    expect(await page.locator("#action-hint").isHidden()).toBe(true);

    // "Giải trình" on the warning (never on an error): an empty text is refused, a text is
    // written on the first line of the sheet Giải trình, and the warning shows as justified.
    expect(await page.locator(".finding--error + .justify").count()).toBe(0);
    const warning = page.locator("li", { has: page.locator("button.finding--warning") });
    await warning.locator(".justify-open").click();
    const form = warning.locator(".justify-form");
    expect(await form.isVisible()).toBe(true);
    expect(await form.locator("label").textContent()).toBe(T.justifyLabel);
    // Keyboard: the text area has the focus, Esc closes and gives the focus back, Enter opens again.
    expect(await form.locator("textarea").evaluate((node) => node === document.activeElement)).toBe(true);
    await form.locator("textarea").press("Escape");
    expect(await form.isHidden()).toBe(true);
    expect(await warning.locator(".justify-open").evaluate((node) => node === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter");
    expect(await form.isVisible()).toBe(true);
    await form.locator(".justify-save").click();
    expect(await form.locator(".justify-message").textContent()).toBe(T.justifyEmpty);
    await form.locator("textarea").fill("Số liệu đúng: năm nay kiện toàn nhiều chi bộ.");
    await form.locator("textarea").press("Control+Enter");
    await expect.poll(() => summary(page), { timeout: 30_000 }).toBe("1 lỗi, 0 cảnh báo");
    const justified = page.locator(".finding--justified");
    expect(await justified.locator(".finding-tag").textContent()).toBe(T.justified);
    expect(await page.locator(".finding-justified").textContent()).toBe(`${T.justified}: Số liệu đúng: năm nay kiện toàn nhiều chi bộ.`);
    expect((await excel<{ value: unknown }>(page, "cell", "Giải trình", "E5"))?.value).toBe("Số liệu đúng: năm nay kiện toàn nhiều chi bộ.");
    expect((await excel<{ value: unknown }>(page, "cell", "Giải trình", "B5"))?.value).toMatch(/!/);
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  });

  it("says clearly when Excel is too old for ExcelApi 1.9", async () => {
    const page = await harness.open({ apiVersion: "1.8" });
    await page.waitForSelector("#notice:not([hidden])");
    expect(await page.locator("#notice").textContent()).toMatch(/^Phiên bản Excel này quá cũ .*ExcelApi 1\.9/);
    expect(await page.locator("#setup").isHidden()).toBe(true);
    expect(await excel<{ syncs: number }>(page, "stats")).toMatchObject({ syncs: 0 });
  });

  it("says when the workbook is not an annex workbook, and keeps its sheets", async () => {
    const workbook: SerializedWorkbook = { sheets: [{ name: "Dữ liệu", cells: [{ address: "A1", value: "Danh sách chi bộ" }] }] };
    const page = await harness.open({ workbook });
    await page.waitForSelector("#notice:not([hidden])");
    expect(await page.locator("#notice").textContent()).toMatch(/^Sổ làm việc này không phải sổ phụ lục thống kê \(có các trang Dữ liệu/);
    expect(await page.locator("#setup").isVisible()).toBe(true);
    const lookalike = await harness.open({ workbook: { sheets: [{ name: "PL01", cells: [{ address: "A1", value: "PL01" }] }] } });
    await lookalike.waitForSelector("#notice:not([hidden])");
    expect(await lookalike.locator("#notice").textContent()).toMatch(/^Sổ có các trang PL01 nhưng không do phần mềm tạo/);
    expect(await lookalike.locator("#setup").isHidden()).toBe(true);
  });
});
