// `pnpm build`: the task pane for hosting, in dist/.
// ADDIN_BASE_URL=https://host/path sets the URLs in dist/manifest.xml;
// OFFICE_JS_URL replaces the office.js address (default: Microsoft's CDN).
import { join } from "node:path";
import { APP_DIR, buildPane } from "./build-pane.mjs";

const { outDir, bytes, lazy } = await buildPane({
  outDir: join(APP_DIR, "dist"),
  ...(process.env.OFFICE_JS_URL ? { officeJsUrl: process.env.OFFICE_JS_URL } : {}),
  ...(process.env.ADDIN_BASE_URL ? { baseUrl: process.env.ADDIN_BASE_URL } : {}),
});
const kib = (n) => `${(n / 1024).toFixed(0)} KiB`;
const later = Object.entries(lazy).map(([file, script]) => `${file} ${kib(script.bytes)}`);
console.log(`task pane built in ${outDir} (taskpane.js ${kib(bytes)}, loaded first; loaded when needed: ${later.join(", ")})`);
