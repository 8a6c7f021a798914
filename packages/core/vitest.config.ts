import { defineConfig } from "vitest/config";

// Resolve workspace packages to their TypeScript sources (the "@phuluc/source"
// export condition), so tests run without a build.
const conditions = ["@phuluc/source", "module", "node", "import", "default"];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  // The slowest test (a consolidation, a sample of every annex) takes well
  // under 1 s alone on a 2-core machine; 20 s is a margin for a loaded one.
  test: { include: ["src/**/*.test.ts"], testTimeout: 20_000, hookTimeout: 60_000 },
});
