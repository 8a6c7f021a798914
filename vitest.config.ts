import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// One configuration for every package's tests, as vitest projects. Each package's
// `test` script runs its own project (`vitest run --project <name>`) so that turbo
// caches it apart; `pnpm exec vitest run` at the root runs them all.
//
// Workspace packages resolve to their TypeScript sources (the "@phuluc/source"
// export condition), so tests run without a build; the CLI's end-to-end tests
// run the built command (dist/) as central staff would.
const conditions = ["@phuluc/source", "module", "node", "import", "default"];

/** Timeouts fitted to each package's slowest work on a loaded 2-core machine (tests that start an office suite, pnpm or tsc set their own). */
const projects = [
  // A consolidation or a sample of every annex: well under 1 s alone; 20 s is a margin for a loaded machine.
  { name: "core", root: "packages/core", testTimeout: 20_000, hookTimeout: 60_000 },
  // A zip bomb, a million cells, a national workbook: about 2.5 s alone; 30 s leaves a margin of more than ten.
  { name: "xlsx", root: "packages/xlsx", testTimeout: 30_000, hookTimeout: 60_000 },
  // Runs of the built command, up to four per test: the slowest test takes about 3 s alone and took 60 s
  // at a load of 15–20 on 2 cores (`pnpm test` beside a busy loop and other builds); 240 s keeps a margin of four.
  { name: "cli", root: "apps/cli", testTimeout: 240_000, hookTimeout: 240_000 },
  // The browser test builds the pane and drives Chromium.
  { name: "excel-addin", root: "apps/excel-addin", testTimeout: 60_000, hookTimeout: 60_000 },
  // A consolidation of 2022-Y against 2021-Y in one thread: about 4 s alone.
  { name: "consolidate", root: "packages/consolidate", testTimeout: 120_000, hookTimeout: 60_000 },
  // Chromium consolidates a folder and the built command runs beside it: about 15 s alone.
  { name: "web", root: "apps/web", testTimeout: 240_000, hookTimeout: 120_000 },
];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  test: {
    projects: projects.map(({ name, root, testTimeout, hookTimeout }) => ({
      extends: true,
      root: fileURLToPath(new URL(`./${root}/`, import.meta.url)),
      test: { name, include: ["src/**/*.test.ts"], testTimeout, hookTimeout },
    })),
  },
});
