// `pnpm dev`: builds the pane (unminified) and serves it over HTTPS on
// https://localhost:3000 with a certificate trusted by office-addin-dev-certs,
// rebuilding on every request to taskpane.html. Sideload manifest.xml.
// office.js and the files it loads beside itself come from the npm package
// @microsoft/office-js under /office-js/, not from the CDN; OFFICE_JS_URL
// points the pane at another office.js (the CDN address, for instance).
import { createServer } from "node:https";
import { readFile } from "node:fs/promises";
import { extname, join, posix } from "node:path";
import { getHttpsServerOptions } from "office-addin-dev-certs";
import { APP_DIR, buildPane } from "./build-pane.mjs";
import { OFFICE_JS_DIR, OFFICE_JS_LOCAL_URL, OFFICE_JS_MOUNT } from "./office-js-local.mjs";

const PORT = Number(process.env.PORT ?? 3000);
const outDir = join(APP_DIR, "dist-dev");
const officeJsUrl = process.env.OFFICE_JS_URL || OFFICE_JS_LOCAL_URL;
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
};

/** The file a URL path names: office.js's folder under /office-js/, the built pane otherwise. */
function fileFor(path) {
  if (path.startsWith(OFFICE_JS_MOUNT)) return join(OFFICE_JS_DIR, path.slice(OFFICE_JS_MOUNT.length));
  return join(outDir, path === "/" ? "taskpane.html" : path);
}

await buildPane({ outDir, minify: false, sourcemap: true, officeJsUrl });
const options = await getHttpsServerOptions();
createServer(options, async (req, res) => {
  try {
    // Absolute, so normalize cannot climb above "/".
    const path = posix.normalize(decodeURIComponent(new URL(req.url ?? "/", "https://localhost").pathname));
    if (path === "/taskpane.html") await buildPane({ outDir, minify: false, sourcemap: true, officeJsUrl });
    const body = await readFile(fileFor(path));
    res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream", "cache-control": "no-store" });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
}).listen(PORT, () =>
  console.log(
    `task pane on https://localhost:${PORT}/taskpane.html (office.js: ${officeJsUrl === OFFICE_JS_LOCAL_URL ? `${OFFICE_JS_DIR}` : officeJsUrl}) — sideload ${join(APP_DIR, "manifest.xml")}`,
  ),
);
