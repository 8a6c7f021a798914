// Renders static/assets/icon.svg to the PNG sizes the manifest and the
// ribbon need, with Debian's Chromium. Run by hand after editing the SVG:
// `node scripts/make-icons.mjs`. The PNGs are committed.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { APP_DIR } from "./build-pane.mjs";

const svg = await readFile(join(APP_DIR, "static/assets/icon.svg"), "utf8");
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
try {
  for (const size of [16, 32, 64, 80, 128]) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace("<svg ", `<svg width="${size}" height="${size}" `)}</body></html>`,
    );
    await writeFile(join(APP_DIR, `static/assets/icon-${size}.png`), await page.screenshot({ omitBackground: true }));
    await page.close();
  }
} finally {
  await browser.close();
}
