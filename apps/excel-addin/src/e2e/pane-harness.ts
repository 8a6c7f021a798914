import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
// @ts-expect-error -- plain ESM build script, no type declarations
import { buildPane } from "../../scripts/build-pane.mjs";
import { launchChromium } from "../test-support/chromium.js";
import type { SerializedWorkbook } from "../test-support/excel-stand-in/serialize.js";
import { standInScript } from "../test-support/stand-in-bundle.js";
import { serveFolder } from "../test-support/static-server.js";

export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

export interface StandInOptions {
  apiVersion?: string;
  platform?: string;
  workbook?: SerializedWorkbook;
  compressedFile?: boolean;
  refuseCompressed?: boolean;
  failAddSheet?: string;
  /** Behave as a webview older than ES2017 (Internet Explorer 11): modern syntax handed to `Function` is refused. */
  oldWebview?: boolean;
}

/**
 * The built task pane served on 127.0.0.1, opened in headless Chromium with
 * the Excel stand-in answering where office.js would load from. Nothing
 * leaves the machine: every other request is refused.
 */
export class PaneHarness {
  private constructor(
    private readonly browser: Browser,
    private readonly origin: string,
    private readonly standIn: string,
    private readonly cleanup: () => Promise<void>,
  ) {}

  static async start(): Promise<PaneHarness> {
    const dir = await mkdtemp(join(tmpdir(), "phuluc-pane-"));
    await buildPane({ outDir: dir, minify: false });
    const server = await serveFolder(dir);
    const browser = await launchChromium();
    const standIn = await standInScript();
    return new PaneHarness(browser, server.origin, standIn, async () => {
      await browser.close();
      await server.close();
      await rm(dir, { recursive: true, force: true });
    });
  }

  async open(options: StandInOptions = {}, viewport = { width: 360, height: 900 }): Promise<Page> {
    const context = await this.browser.newContext({ viewport, acceptDownloads: true, locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: "text/javascript", body: this.standIn });
      if (url.startsWith(this.origin)) return route.continue();
      return route.abort();
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.addInitScript((config) => ((globalThis as Record<string, unknown>).__excelStandIn = config), options);
    if (options.oldWebview)
      await page.addInitScript(() => {
        const scope = globalThis as unknown as { Function: FunctionConstructor };
        const original = scope.Function;
        scope.Function = ((...args: string[]) => {
          if (/\bclass\b|=>|`/.test(String(args[args.length - 1]))) throw new SyntaxError("Expected identifier");
          return original(...args);
        }) as unknown as FunctionConstructor;
      });
    await page.goto(`${this.origin}/taskpane.html`);
    (page as Page & { errors?: string[] }).errors = errors;
    return page;
  }

  close(): Promise<void> {
    return this.cleanup();
  }
}

/** Calls a stand-in test hook in the page. */
export function excel<T>(page: Page, hook: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(
    ([name, params]) => {
      const hooks = (globalThis as unknown as { __excel: Record<string, (...a: unknown[]) => unknown> }).__excel;
      const fn = hooks[name as string];
      if (!fn) throw new Error(`no hook ${String(name)}`);
      return fn(...(params as unknown[]));
    },
    [hook, args] as const,
  ) as Promise<T>;
}
