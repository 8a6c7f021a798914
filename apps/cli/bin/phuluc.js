#!/usr/bin/env node
// node:fs as a value: an `import` of it would build its streams (some 5 ms) before anything runs.
const { existsSync } = process.getBuiltinModule("node:fs");

if (!existsSync(new URL("../dist/index.js", import.meta.url))) {
  process.stderr.write("phuluc: lỗi: chương trình chưa được build.\nCách sửa: chạy `pnpm install && pnpm build` ở thư mục gốc của kho mã rồi thử lại.\n");
  process.exitCode = 2;
} else {
  await import("../dist/index.js");
}
