import { spawn } from "node:child_process";
import { closeSync, cpSync, existsSync, openSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { BIN, FIXTURES, tempDir } from "./run-built.js";

/**
 * Runs the command with its output through a pipe to a reader that waits
 * before reading: the pipe fills at 64 KiB, and a command that ends before
 * the reader has taken the rest loses it (as `| wc -c` or a script's
 * subprocess saw).
 */
function throughSlowPipe(args: readonly string[]): Promise<{ code: number | null; stdout: string }> {
  const quoted = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ");
  return new Promise((done, fail) => {
    const child = spawn("sh", ["-c", `(${quoted}; echo "exit=$?" >&2) | (sleep 1; cat)`], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", fail);
    child.on("close", () => done({ code: Number(/exit=(\d+)/.exec(stderr)?.[1] ?? Number.NaN), stdout }));
  });
}

describe("output through a pipe is complete", () => {
  // 710 files: some 270 KB of JSON and 73 KB of text, each more than a pipe holds.
  let folder: string;
  beforeAll(() => {
    folder = tempDir("piped");
    for (let i = 1; i <= 10; i++) cpSync(join(FIXTURES, "2022-Y"), join(folder, `ban-${i}`), { recursive: true });
  });

  it("a large --json result parses whole", async () => {
    const r = await throughSlowPipe(["validate", folder, "--json", "-q"]);
    expect(r.stdout.length).toBeGreaterThan(200_000);
    const body = JSON.parse(r.stdout) as { files: unknown[]; exitCode: number };
    expect(body.files).toHaveLength(710);
    expect(r.code).toBe(body.exitCode);
  });

  it("a large text result arrives to its last line", async () => {
    const r = await throughSlowPipe(["validate", folder, "-q"]);
    expect(Buffer.byteLength(r.stdout)).toBeGreaterThan(65_536);
    expect(r.stdout).toContain("Đã kiểm tra 710 tệp:");
    expect(r.stdout).toMatch(/Danh mục biểu mẫu[^\n]*\n$/);
    expect(r.code).toBe(1);
  });

  it.skipIf(!existsSync("/dev/full"))("results that cannot be written (a full disk) are said, exit 2, never a silent success", async () => {
    const full = openSync("/dev/full", "w");
    const r = await new Promise<{ code: number | null; stderr: string }>((done, fail) => {
      const child = spawn(process.execPath, [BIN, "--version"], { stdio: ["ignore", full, "pipe"] });
      let stderr = "";
      child.stderr?.setEncoding("utf8").on("data", (d: string) => (stderr += d));
      child.on("error", fail);
      child.on("close", (code) => done({ code, stderr }));
    });
    closeSync(full);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("phuluc: lỗi: không ghi được kết quả ra đầu ra chuẩn: ổ đĩa đã đầy.\nCách sửa: ghi kết quả ra ổ đĩa hoặc tệp khác.\n");
  });
});
