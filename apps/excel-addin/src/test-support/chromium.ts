import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** Debian's Chromium (`apt-get install -y chromium`); Playwright's own browser download is not used. */
export const CHROMIUM = "/usr/bin/chromium";

/**
 * Whether browser tests can run here. Without Chromium they are skipped on a
 * developer's machine and fail under CI (CI installs it).
 */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI) throw new Error(`${CHROMIUM} is missing: CI must run \`apt-get install -y chromium\` before the tests.`);
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-background-networking", "--disable-gpu", "--no-first-run", "--disable-component-update", "--disable-sync"],
  });
}
