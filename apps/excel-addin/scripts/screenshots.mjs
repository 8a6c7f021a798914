// `pnpm --filter excel-addin screenshots`: refreshes the guide's pictures
// (docs/task-pane-setup.png, docs/task-pane.png) from the browser test, on
// purpose. A plain test run writes them to test-artefacts/ instead.
import { spawnSync } from "node:child_process";
import { APP_DIR } from "./build-pane.mjs";

const result = spawnSync("pnpm", ["exec", "vitest", "run", "src/e2e/task-pane.e2e.test.ts", "-t", "creates the annexes"], {
  cwd: APP_DIR,
  stdio: "inherit",
  env: { ...process.env, ADDIN_SCREENSHOT_DIR: "docs" },
});
if (result.status !== 0) process.exit(result.status ?? 1);
console.log("docs/task-pane-setup.png and docs/task-pane.png refreshed; check them before committing");
