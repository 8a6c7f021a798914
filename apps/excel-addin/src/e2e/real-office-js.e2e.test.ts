import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error -- plain ESM build script, no type declarations
import { buildPane } from "../../scripts/build-pane.mjs";
// @ts-expect-error -- plain ESM build script, no type declarations
import { OFFICE_JS_DIR, OFFICE_JS_LOCAL_URL, OFFICE_JS_MOUNT } from "../../scripts/office-js-local.mjs";
import { chromiumAvailable, launchChromium } from "../test-support/chromium.js";
import { serveFolder } from "../test-support/static-server.js";
import { T } from "../texts.js";

interface Traffic {
  served: string[];
  refused: { url: string; type: string }[];
  errors: string[];
}

const run = chromiumAvailable();

/**
 * The built pane with the REAL office.js of the npm package @microsoft/office-js
 * (served beside it on 127.0.0.1, as `pnpm dev` does), opened in a plain browser
 * tab: no Office host around it. Every request off 127.0.0.1 is refused.
 */
describe.skipIf(!run)("task pane with the real office.js, outside Office", () => {
  let dir: string;
  let server: { origin: string; close(): Promise<void> };
  let browser: Browser;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "phuluc-office-js-"));
    await buildPane({ outDir: dir, minify: false, officeJsUrl: OFFICE_JS_LOCAL_URL });
    server = await serveFolder(dir, { [OFFICE_JS_MOUNT]: OFFICE_JS_DIR as string });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function offline(): Promise<{ context: BrowserContext; page: Page; traffic: Traffic }> {
    const traffic: Traffic = { served: [], refused: [], errors: [] };
    const context = await browser.newContext({ locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(`${server.origin}/`)) {
        traffic.served.push(url.slice(server.origin.length));
        return route.continue();
      }
      traffic.refused.push({ url, type: route.request().resourceType() });
      return route.abort();
    });
    const page = await context.newPage();
    page.on("pageerror", (e) => traffic.errors.push(String(e)));
    page.on("console", (m) => {
      if (m.type() === "error") traffic.errors.push(m.text());
    });
    return { context, page, traffic };
  }

  it("resolves Office.onReady with no host and tells the officer to open the pane inside Excel", async () => {
    const { context, page, traffic } = await offline();
    await page.goto(`${server.origin}/taskpane.html`);
    await page.waitForSelector("#notice:not([hidden])");

    // What the real library answers outside Office, as the adapter sees it.
    // No Office.context.requirements without a host: the adapter reads it with `?.`.
    const info = await page.evaluate(async () => ({
      ready: await Office.onReady(),
      excel: Office.HostType.Excel,
      requirements: typeof (Office.context as Partial<Office.Context> | undefined)?.requirements,
    }));
    expect(info).toMatchObject({ ready: { host: null, platform: null }, excel: "Excel", requirements: "undefined" });

    expect(await page.locator("#notice").textContent()).toBe(T.notExcel);
    expect(await page.locator("#notice").getAttribute("class")).toBe("notice notice--error");
    expect(await page.locator("#loading").isHidden()).toBe(true);
    expect(await page.locator("#setup").isHidden()).toBe(true);
    expect(await page.locator("#workbook").isHidden()).toBe(true);

    // office.js and what it loads beside itself came from the package, nothing from the CDN.
    expect(traffic.served).toEqual(
      expect.arrayContaining(["/taskpane.html", "/taskpane.js", `${OFFICE_JS_MOUNT}office.js`, `${OFFICE_JS_MOUNT}o15apptofilemappingtable.js`]),
    );
    expect(traffic.refused.filter((r) => r.type === "script" || r.url.includes("appsforoffice.microsoft.com"))).toEqual([]);
    expect(traffic.errors).toEqual([]);
    await context.close();
  });

  it("finds in Excel's own host script the Office names the adapter uses", async () => {
    // Outside a host office.js stops before loading Excel's script (that is where
    // Office.FileType and the requirement matrix live), so load it by hand.
    const { context, page, traffic } = await offline();
    // A page of the 127.0.0.1 origin (about:blank has no sessionStorage, which the script reads).
    const blank = `${server.origin}/blank.html`;
    await page.route(blank, (route) => route.fulfill({ contentType: "text/html; charset=utf-8", body: "<!doctype html><title>Excel host script</title>" }));
    await page.goto(blank);
    await page.addScriptTag({ url: `${server.origin}${OFFICE_JS_MOUNT}excel-web-16.00.js` });
    const names = await page.evaluate(() => {
      const office = globalThis as unknown as {
        Office: typeof Office;
        OfficeExt: { Requirement: { RequirementMatrix: new (sets: object) => { isSetSupported(name: string, version: string): boolean } } };
      };
      const matrix = new office.OfficeExt.Requirement.RequirementMatrix({ _sets: { excelapi: "1.14", file: "1.1" } });
      return {
        compressed: office.Office.FileType.Compressed,
        succeeded: office.Office.AsyncResultStatus.Succeeded,
        // Versions compare as numbers: 1.14 is above 1.9.
        supported: [
          matrix.isSetSupported("ExcelApi", "1.9"),
          matrix.isSetSupported("ExcelApi", "1.14"),
          matrix.isSetSupported("ExcelApi", "1.15"),
          matrix.isSetSupported("File", "1.1"),
        ],
      };
    });
    expect(names).toEqual({ compressed: "compressed", succeeded: "succeeded", supported: [true, true, false, true] });
    expect(traffic.refused).toEqual([]);
    expect(traffic.errors).toEqual([]);
    await context.close();
  });
});
