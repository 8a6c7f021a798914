import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APP, ARTEFACTS, FIXTURES, PAGE_URL, browserMissing, launchChromium, watchNetwork } from "./browser.js";

const missing = browserMissing();
if (missing) console.warn(`web page browser tests skipped: ${missing}`);

const CLI = join(APP, "../cli/bin/phuluc.cjs");
/** A workbook's parts as text, timestamps neutral (the page compresses with fflate, the command with zlib: the bytes differ, the parts do not). */
const partsOf = (path: string) =>
  Object.fromEntries(
    Object.entries(unzipSync(readFileSync(path))).map(([name, bytes]) => [
      name,
      strFromU8(bytes).replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, "<time>"),
    ]),
  );
const withoutTime = (report: Record<string, unknown>) => {
  const { generatedAt: _, ...rest } = report;
  return rest;
};

describe.skipIf(missing !== undefined)("the web page in Chromium, opened from file://", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let requests: string[];
  /** The page's own scripts, as it asks for them. */
  const scripts: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTEFACTS, { recursive: true });
    browser = await launchChromium();
    context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    requests = watchNetwork(context);
    page = await context.newPage();
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("request", (r) => r.url().startsWith("file:") && r.url().endsWith(".js") && scripts.push(r.url().split("/").pop() as string));
    // A refusal of the page's own security policy is a console error.
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.goto(PAGE_URL);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("consolidates 2022-Y against 2021-Y: the downloaded JSON report is the command line tool's for the same folders", async () => {
    await page.click("#tab-consolidate");
    await page.setInputFiles("#consolidate-folder", join(FIXTURES, "2022-Y"));
    await page.setInputFiles("#consolidate-previous", join(FIXTURES, "2021-Y"));
    await expect.poll(() => page.textContent("#consolidate-chosen")).toBe('Đã chọn thư mục "2022-Y": 71 tệp.');
    await page.fill("#consolidate-period", "2022-Y");
    // Checking needs app.js alone; the consolidation comes with the first one run.
    expect(scripts).toEqual(["app.js"]);
    await page.click("#consolidate-run");
    await page.waitForSelector("#coverage", { timeout: 120_000 });
    expect(scripts).toEqual(["app.js", "consolidator.js"]);
    expect(await page.textContent("#coverage h3")).toBe("Số liệu của 63/67 đơn vị.");
    expect(await page.inputValue("#consolidate-sentences")).toContain("tính đến ngày");
    await page.screenshot({ path: join(ARTEFACTS, "tong-hop.png"), fullPage: false });

    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download-report")]);
    expect(download.suggestedFilename()).toBe("bao-cao-2022-Y-2022-Y.json");
    const web = JSON.parse(readFileSync((await download.path()) as string, "utf8")) as Record<string, unknown>;
    const out = mkdtempSync(join(tmpdir(), "phuluc-web-"));
    // The same folders named the same way: the command run from fixtures/.
    try {
      execFileSync(
        process.execPath,
        [CLI, "consolidate", "2022-Y", "--period", "2022-Y", "--previous", "2021-Y", "--out", join(out, "t.xlsx"), "--json", join(out, "r.json"), "-q"],
        { cwd: FIXTURES, stdio: "ignore" },
      );
    } catch (error) {
      if ((error as { status?: number }).status !== 1) throw error; // 1: files with errors, as planted
    }
    const cli = JSON.parse(readFileSync(join(out, "r.json"), "utf8")) as Record<string, unknown>;
    expect(withoutTime(web)).toEqual(withoutTime(cli));
    const [book] = await Promise.all([page.waitForEvent("download"), page.click("#download-workbook")]);
    expect(book.suggestedFilename()).toBe("tong-hop-2022-Y-2022-Y.xlsx");
    expect(partsOf((await book.path()) as string)).toEqual(partsOf(join(out, "t.xlsx")));
  });

  it("a hostile file shows the command line tool's message, naming the file and what to do", async () => {
    await page.click("#tab-check");
    await page.setInputFiles("#check-files", [
      join(FIXTURES, "bad", "co-mat-khau.xlsx"),
      join(FIXTURES, "bad", "bom-zip.xlsx"),
      join(FIXTURES, "2022-Y", "24-bac-giang.xlsx"),
    ]);
    await page.waitForSelector('#check-results article[data-file="24-bac-giang.xlsx"]', { timeout: 60_000 });
    expect(await page.textContent('article[data-file="co-mat-khau.xlsx"]')).toContain(
      "Lỗi: Tệp được đặt mật khẩu mở nên không đọc được; hãy mở tệp bằng Excel, vào Tệp > Thông tin > Bảo vệ Sổ làm việc > Mã hóa bằng Mật khẩu, xóa mật khẩu, lưu lại rồi gửi lại.",
    );
    // Word for word what `phuluc validate` says of the same files.
    for (const name of ["co-mat-khau.xlsx", "bom-zip.xlsx"]) {
      let said = "";
      try {
        execFileSync(process.execPath, [CLI, "validate", name, "-q"], { cwd: join(FIXTURES, "bad"), encoding: "utf8" });
      } catch (error) {
        said = String((error as { stdout?: string }).stdout ?? "");
      }
      const message = /^ {2}Lỗi: (.*)$/m.exec(said)?.[1];
      expect(message, name).toBeTruthy();
      expect(await page.textContent(`article[data-file="${name}"]`)).toContain(message);
    }
    // The planted error of Bắc Giang: grouped under PL02, with its cell, and marked in the table.
    const bacGiang = page.locator('article[data-file="24-bac-giang.xlsx"]');
    expect(await bacGiang.locator('section[data-annex="PL02"] .finding--error .finding-where').first().textContent()).toBe(
      "Mã số 01, cột (1), ô D11 (trang PL02)",
    );
    await bacGiang.locator("summary").click();
    expect(await bacGiang.locator('table[data-annex="PL02"] td[data-key="01.1"]').getAttribute("data-mark")).toBe("error");
    await page.screenshot({ path: join(ARTEFACTS, "kiem-tra-tep.png"), fullPage: false });
  });

  it("works from the keyboard alone: tabs with arrows, labelled fields, Enter downloads the template", async () => {
    await page.focus("#tab-check");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("tab-template");
    expect(await page.isVisible("#task-template")).toBe(true);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("template-period");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("2025-Y");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("template-unit");
    await page.keyboard.press("Home");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("template-run");
    // Checking and consolidating ran without exceljs; it comes with the first template.
    expect(scripts).toEqual(["app.js", "consolidator.js"]);
    const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    expect(scripts).toEqual(["app.js", "consolidator.js", "template-writer.js"]);
    expect(download.suggestedFilename()).toMatch(/^[0-9A-Z-]+-[a-z0-9-]+\.xlsx$/);
    // Every field has a label.
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll("input, select, textarea")]
        .filter((e) => !(e as HTMLInputElement).labels?.length && !e.getAttribute("aria-label"))
        .map((e) => e.id),
    );
    expect(unlabelled).toEqual([]);
    await page.screenshot({ path: join(ARTEFACTS, "bieu-mau.png"), fullPage: false });
  });

  it("says which of its files is missing when the page's folder was copied without template-writer.js", async () => {
    const copy = mkdtempSync(join(tmpdir(), "phuluc-web-copy-"));
    cpSync(join(APP, "dist"), copy, { recursive: true });
    rmSync(join(copy, "template-writer.js"));
    const other = await context.newPage();
    await other.goto(`file://${join(copy, "index.html")}`);
    await other.click("#tab-template");
    await other.click("#template-run");
    await expect
      .poll(() => other.textContent("#template-status"))
      .toBe(
        "Không tải được tệp template-writer.js của trang: thư mục của trang thiếu tệp này. Hãy chép lại đủ các tệp của trang (index.html, app.js, consolidator.js, template-writer.js, style.css) vào cùng một thư mục rồi mở lại trang.",
      );
    await other.close();
  });

  it("made no request to any network and met no script error or refusal of its security policy", () => {
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });
});
