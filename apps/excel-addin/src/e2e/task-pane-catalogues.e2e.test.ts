import { REGISTRY_2025, catalogue2022, catalogue2025, periodOrThrow, unitByCode } from "@phuluc/core";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumAvailable } from "../test-support/chromium.js";
import type { SerializedWorkbook } from "../test-support/excel-stand-in/serialize.js";
import { templateStandIn } from "../test-support/template-stand-in.js";
import { T } from "../texts.js";
import { paneFigures, summary } from "./pane-figures.js";
import { PaneHarness, excel } from "./pane-harness.js";

/** Each workbook follows the catalogue of its period: 2026-Y is made, checked and marked with 2025.2 (no district level). */
describe.skipIf(!chromiumAvailable())("task pane with the catalogue of the workbook's period", () => {
  let harness: PaneHarness;
  beforeAll(async () => {
    harness = await PaneHarness.start();
  });
  afterAll(async () => {
    await harness?.close();
  });
  const forms2026 = paneFigures(catalogue2025(), "2026-Y");
  const unit = unitByCode(REGISTRY_2025, "51");

  it("creates a 2026-Y workbook from catalogue 2025.2, without district rows, and marks a wrong total", async () => {
    const page = await harness.open({ apiVersion: "1.20" });
    await page.clock.setFixedTime(new Date("2026-12-05T09:30:00+07:00"));
    await page.waitForSelector("#setup:not([hidden])");
    await page.selectOption("#year", "2026");
    await page.selectOption("#kind", "Y");
    await page.fill("#unit-search", "quang ngai");
    expect(await page.locator("#unit-list option").allTextContents()).toEqual(["Tỉnh ủy Quảng Ngãi (51)"]);
    expect(await page.locator("#unit-count").textContent()).toMatch(/^1\/40 đơn vị/);
    await page.click("#create");
    await page.waitForSelector("#workbook:not([hidden])");

    const snapshot = await excel<SerializedWorkbook>(page, "snapshot");
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["_meta", ...forms2026.annexes.map((a) => a.code), "Giải trình"]);
    const texts = snapshot.sheets
      .filter((s) => s.name !== "_meta")
      .flatMap((s) => s.cells.map((c) => c.value).filter((v): v is string => typeof v === "string"));
    expect(texts.filter((t) => /huyện/i.test(t))).toEqual([]);
    expect(texts).toContain("từ Trung ương về tỉnh");
    const meta = snapshot.sheets.find((s) => s.name === "_meta")?.cells.map((c) => c.value);
    expect(meta).toEqual(expect.arrayContaining(["catalogueVersion", "2025.2", "catalogueId", catalogue2025().id, "period", "2026-Y"]));

    for (const [code, cells] of forms2026.inputFigures()) await excel(page, "fill", code, cells);
    await expect.poll(() => summary(page), { timeout: 30_000 }).toMatch(/^0 lỗi, \d+ cảnh báo$/);
    const warnings = Number(/(\d+) cảnh báo/.exec((await summary(page)) ?? "")?.[1]);
    const total = forms2026.at("PL02", "01.1");
    await excel(page, "unprotect", "PL02");
    const right = (await excel<{ value: number }>(page, "cell", "PL02", total)).value;
    await excel(page, "type", "PL02", total, right + 1);
    await expect.poll(() => summary(page), { timeout: 30_000 }).toBe(`1 lỗi, ${warnings} cảnh báo`);
    expect(await page.locator(`.finding[data-sheet='PL02'][data-address='${total}']`).textContent()).toMatch(/^LỗiMã số 01, cột \(1\), ô .*Tổng không khớp/);
    expect((await excel<{ fill: string }>(page, "cell", "PL02", total)).fill).toBe("#FFC7CE");
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  });

  it("validates a 2026-Y workbook made by `phuluc template`, and refuses one made with the 2022.1 forms for 2026-Y", async () => {
    if (!unit) throw new Error("unit 51 missing");
    const workbook = templateStandIn({ catalogue: catalogue2025(), unit, period: periodOrThrow("2026-Y"), generatedAt: "2026-11-01T00:00:00.000Z" });
    const page = await harness.open({ workbook, apiVersion: "1.20" });
    await page.waitForSelector("#workbook:not([hidden])");
    for (const [code, cells] of forms2026.inputFigures()) await excel(page, "fill", code, cells);
    await expect.poll(() => summary(page), { timeout: 30_000 }).toMatch(/^0 lỗi, \d+ cảnh báo$/);

    const old = templateStandIn({ catalogue: catalogue2022(), unit, period: periodOrThrow("2026-Y"), generatedAt: "2026-11-01T00:00:00.000Z" });
    const refused = await harness.open({ workbook: old });
    await refused.waitForSelector("#notice:not([hidden])");
    expect(await refused.locator("#notice").textContent()).toBe(T.otherCatalogue("2022.1", "năm 2026", "2025.2 (tạm thời)"));
    expect(await refused.locator("#workbook").isHidden()).toBe(true);
    expect(await refused.locator("#setup").isHidden()).toBe(true);
    expect(await excel(refused, "undoCleared")).toEqual([]);
  });
});
