import { defineConfig } from "vitest/config";

// Resolve workspace packages to their TypeScript sources (the "@phuluc/source"
// export condition), so unit tests run without a build. The browser tests
// open the built page (dist/) in Chromium, as officers would.
const conditions = ["@phuluc/source", "module", "node", "import", "default"];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  test: { include: ["src/**/*.test.ts"], testTimeout: 60_000, hookTimeout: 120_000 },
});
