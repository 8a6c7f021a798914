import { defineConfig } from "vitest/config";

// Resolve workspace packages to their TypeScript sources (the "@phuluc/source"
// export condition), so tests run without a build.
const conditions = ["@phuluc/source", "module", "node", "import", "default"];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  test: {
    include: ["src/**/*.test.ts"],
    // The browser test builds the pane and drives Chromium; give it room on 2 cores.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
