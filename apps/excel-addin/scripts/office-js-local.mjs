// office.js from the npm package @microsoft/office-js, for development and
// tests: `pnpm dev` serves it beside the pane so nothing comes from the CDN.
// The production build keeps Microsoft's CDN (store policy).
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { APP_DIR } from "./build-pane.mjs";

/** The package's dist/: office.js and the files it loads beside itself (host scripts, strings, telemetry). */
export const OFFICE_JS_DIR = join(dirname(createRequire(join(APP_DIR, "package.json")).resolve("@microsoft/office-js/package.json")), "dist");

/** URL path under which the pane's server serves OFFICE_JS_DIR. */
export const OFFICE_JS_MOUNT = "/office-js/";

/** office.js relative to taskpane.html: whatever the host and port, office.js finds its folder from this. */
export const OFFICE_JS_LOCAL_URL = "office-js/office.js";
