import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext } from "playwright-core";

/** Debian's Chromium; Playwright's own browser download is not used. */
export const CHROMIUM = "/usr/bin/chromium";
export const APP = resolve(fileURLToPath(import.meta.url), "../../..");
export const PAGE_URL = `file://${join(APP, "dist", "index.html")}`;
export const FIXTURES = resolve(APP, "../../fixtures");
export const ARTEFACTS = join(APP, "test-artefacts");

/** Why the browser tests cannot run here, or undefined when they can. */
export function browserMissing(): string | undefined {
  if (!existsSync(CHROMIUM)) return `${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium) to run the browser tests of the web page.`;
  if (!existsSync(join(APP, "dist", "index.html"))) return "apps/web/dist is missing: run pnpm build first.";
  return undefined;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-background-networking", "--disable-gpu", "--no-first-run", "--disable-component-update", "--disable-sync"],
  });
}

/** Every request the page (and its workers) makes to anything but its own files, blob: and data:, collected to fail the test. */
export function watchNetwork(context: BrowserContext): string[] {
  const requests: string[] = [];
  context.on("request", (r) => {
    if (!/^(file|blob|data):/.test(r.url())) requests.push(r.url());
  });
  void context.route(/^(?!file:|blob:|data:)/, (route) => {
    requests.push(route.request().url());
    return route.abort();
  });
  return requests;
}
