import { REGISTRY_2022, periodOrThrow, unitByCode } from "@phuluc/core";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumAvailable } from "../test-support/chromium.js";
import { districtRegistry } from "../test-support/district-registry.js";
import type { SerializedWorkbook } from "../test-support/excel-stand-in/serialize.js";
import { templateStandIn } from "../test-support/template-stand-in.js";
import { T } from "../texts.js";
import { annexes, catalogue, inputFigures, summary } from "./pane-figures.js";
import { PaneHarness, excel } from "./pane-harness.js";

/** What real Excel hosts differ on: protection, export, interrupted creation, registries, old webviews. */
describe.skipIf(!chromiumAvailable())("task pane on the hosts real Excel has", () => {
  let harness: PaneHarness;
  beforeAll(async () => {
    harness = await PaneHarness.start();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it("never lifts a sheet's protection to mark it, names the sheet it could not mark, and exports on the web by a saved copy", async () => {
    const unit = unitByCode(REGISTRY_2022, "51");
    if (!unit) throw new Error("unit 51 missing");
    const workbook = templateStandIn({ catalogue, unit, period: periodOrThrow("2022-Y"), generatedAt: "2022-11-01T00:00:00.000Z" });
    const pl03 = workbook.sheets.find((s) => s.name === "PL03");
    if (!pl03) throw new Error("PL03 missing");
    // The officer protected PL03 again with a password and without formatting allowed.
    pl03.protection = { protected: true, options: { allowFormatColumns: true }, password: "bí mật" };
    const page = await harness.open({ workbook, apiVersion: "1.20", platform: "OfficeOnline" });
    await page.waitForSelector("#workbook:not([hidden])");
    await expect.poll(() => page.locator("#notice").textContent()).toBe(T.highlightFailed("PL03"));
    expect(await excel(page, "undoCleared")).not.toContain("unprotect");
    expect(await excel(page, "undoCleared")).not.toContain("protect");
    expect((await excel<{ protection: { protected: boolean } }>(page, "sheet", "PL03")).protection.protected).toBe(true);
    // Excel on the web gives no compressed file: the button stamps the workbook and says how to save a copy.
    expect(await page.locator("#action-hint").textContent()).toBe(T.exportSaveCopyHint);
    for (const [code, cells] of inputFigures()) await excel(page, "fill", code, cells);
    await expect.poll(() => summary(page), { timeout: 30_000 }).toBe("0 lỗi, 1 cảnh báo");
    await page.click("#export");
    await expect.poll(() => page.locator("#export-message").textContent()).toBe(T.saveCopy("PL_2022-Y_51_Quang-Ngai.xlsx", "web"));
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  });

  it("falls back to a saved copy when the host refuses the compressed file", async () => {
    const unit = unitByCode(REGISTRY_2022, "51");
    if (!unit) throw new Error("unit 51 missing");
    const workbook = templateStandIn({ catalogue, unit, period: periodOrThrow("2022-Y"), generatedAt: "2022-11-01T00:00:00.000Z" });
    const page = await harness.open({ workbook, refuseCompressed: true });
    await page.waitForSelector("#workbook:not([hidden])");
    for (const [code, cells] of inputFigures()) await excel(page, "fill", code, cells);
    await expect.poll(() => summary(page), { timeout: 30_000 }).toBe("0 lỗi, 1 cảnh báo");
    await page.click("#export");
    await expect.poll(() => page.locator("#export-message").textContent()).toBe(T.saveCopy("PL_2022-Y_51_Quang-Ngai.xlsx", "refused"));
  });

  it("recognises a creation cut off half-way and redoes it, its sheets protected throughout", async () => {
    const page = await harness.open({ failAddSheet: "PL05" });
    await page.waitForSelector("#setup:not([hidden])");
    await page.selectOption("#year", "2022");
    await page.selectOption("#kind", "Y");
    await page.fill("#unit-search", "quang ngai");
    await page.click("#create");
    // Excel's internal error is no protection: shown as a fault of the add-in, with the detail to copy.
    await expect
      .poll(() => page.locator("#notice").textContent())
      .toMatch(/^Lỗi của phần bổ trợ \(không phải lỗi của số liệu hay của tệp\): không tạo xong các phụ lục\. Sổ đã được đánh dấu là chưa tạo xong/);
    expect(await page.locator("#notice .fault-detail").inputValue()).toMatch(/^Error \[GeneralException\]: An internal error has occurred/);
    const cut = await excel<SerializedWorkbook>(page, "snapshot");
    expect(cut.sheets.map((s) => s.name)).toEqual(["Sheet1", "_meta", "PL01", "PL02", "PL03", "PL04"]);
    for (const s of cut.sheets.filter((x) => x.name.startsWith("PL"))) expect(s.protection?.protected, s.name).toBe(true);

    // Opened again later: the pane sees the mark, redoes the annexes and validates.
    const again = await harness.open({ workbook: cut });
    await again.waitForSelector("#workbook:not([hidden])");
    expect(await again.locator("#notice").textContent()).toBe(T.created(annexes.length));
    expect(await excel(again, "sheets")).toEqual([
      { name: "_meta", visibility: "VeryHidden" },
      ...annexes.map((a) => ({ name: a.code, visibility: "Visible" })),
      { name: "Giải trình", visibility: "Visible" },
    ]);
    const meta = (await excel<SerializedWorkbook>(again, "snapshot")).sheets.find((s) => s.name === "_meta")?.cells.map((c) => c.value);
    expect(meta).toContain("phuluc-annex-workbook");
    await expect.poll(() => summary(again)).toMatch(/^\d+ lỗi, 0 cảnh báo$/);

    // Or pressed again in the same pane: redone cleanly too.
    await page.click("#create");
    await page.waitForSelector("#workbook:not([hidden])");
    expect((await excel<{ name: string }[]>(page, "sheets")).map((s) => s.name).sort()).toEqual(["_meta", ...annexes.map((a) => a.code), "Giải trình"].sort());
    expect((again as Page & { errors?: string[] }).errors).toEqual([]);
  });

  it("creates and validates the annexes of a unit from a registry file the officer chose", async () => {
    const page = await harness.open();
    await page.waitForSelector("#setup:not([hidden])");
    // The registry file's check (zod with it) is a script of its own, loaded when a file is first chosen.
    const loaded = () => page.evaluate(() => performance.getEntriesByType("resource").map((e) => new URL(e.name).pathname));
    expect(await loaded()).toContain("/taskpane.js");
    expect(await loaded()).not.toContain("/registry-reader.js");
    await page.setInputFiles("#registry-file", { name: "danh-muc.txt", mimeType: "application/json", buffer: Buffer.from("không phải JSON") });
    await expect.poll(() => page.locator("#registry-error").textContent()).toBe(T.registryNotJson("danh-muc.txt"));
    expect((await loaded()).filter((p) => p === "/registry-reader.js")).toHaveLength(1);
    await page.setInputFiles("#registry-file", { name: "huyen.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(districtRegistry)) });
    await expect.poll(() => page.locator("#registry-error").textContent()).toBe("");
    await expect.poll(() => page.locator("#unit-count").textContent()).toMatch(/^2\/2 đơn vị · Danh mục huyện ủy Quảng Ngãi/);
    expect((await loaded()).filter((p) => p === "/registry-reader.js")).toHaveLength(1);
    expect(await page.locator("#registry-error").isHidden()).toBe(true);
    await page.selectOption("#year", "2022");
    await page.selectOption("#kind", "Y");
    await page.fill("#unit-search", "binh son");
    await page.click("#create");
    await page.waitForSelector("#workbook:not([hidden])");
    expect(await page.locator("#unit-name").textContent()).toBe("Huyện ủy Bình Sơn");
    const meta = (await excel<SerializedWorkbook>(page, "snapshot")).sheets.find((s) => s.name === "_meta")?.cells.map((c) => c.value);
    expect(meta).toEqual(expect.arrayContaining(["unit", "51-BS", "unitKind", "province"]));
    await expect.poll(() => summary(page)).toMatch(/^\d+ lỗi, 0 cảnh báo$/);

    // Opened again, the workbook is recognised from its _meta alone (the add-in does not carry that registry).
    const again = await harness.open({ workbook: await excel<SerializedWorkbook>(page, "snapshot") });
    await again.waitForSelector("#workbook:not([hidden])");
    expect(await again.locator("#unit-name").textContent()).toBe("Huyện ủy Bình Sơn");
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  });

  it("says so when the registry file's check cannot be loaded, and loads it on the next try", async () => {
    const page = await harness.open();
    await page.waitForSelector("#setup:not([hidden])");
    await page.route("**/registry-reader.js", (route) => route.abort());
    await page.setInputFiles("#registry-file", { name: "huyen.json", mimeType: "application/json", buffer: Buffer.from("{}") });
    await expect.poll(() => page.locator("#registry-error").textContent()).toBe(T.registryUnread("huyen.json"));
    expect((await page.locator("#notice").textContent())?.startsWith(T.addinFault(...T.faultAt.registry))).toBe(true);
    await page.unroute("**/registry-reader.js");
    await page.setInputFiles("#registry-file", { name: "trong.json", mimeType: "application/json", buffer: Buffer.from("{}") });
    await expect.poll(() => page.locator("#registry-error").textContent()).toMatch(/^Tệp trong\.json không dùng làm danh mục đơn vị được\. /);
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  });

  it("on a webview older than ES2017 says what to install instead of loading forever", async () => {
    const page = await harness.open({ oldWebview: true });
    await page.waitForSelector("#old-webview:not([hidden])");
    expect(await page.locator("#old-webview").textContent()).toMatch(/trình duyệt nhúng cũ \(Internet Explorer\).*Microsoft Edge WebView2 Runtime/s);
    expect(await page.locator("#loading").isHidden()).toBe(true);
  });
});
