import { defineConfig } from "vitest/config";

// Resolve workspace packages to their TypeScript sources (the "@phuluc/source"
// export condition), so tests run without a build.
const conditions = ["@phuluc/source", "module", "node", "import", "default"];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  // Timeouts fitted to the work: the slowest ordinary test (a zip bomb, a
  // million cells, a national workbook) takes about 2.5 s alone on a 2-core
  // machine; 30 s leaves a margin of more than ten for a loaded one. Tests
  // that start LibreOffice, Gnumeric, pnpm or tsc set their own limits.
  test: { include: ["src/**/*.test.ts"], testTimeout: 30_000, hookTimeout: 60_000 },
});
