import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@phuluc/source"] },
  test: { include: ["src/**/*.test.ts"] },
});
