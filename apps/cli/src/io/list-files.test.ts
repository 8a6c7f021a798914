import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { listFiles } from "./list-files.js";

// A folder the system refuses to list (EACCES) for folders named khoa…, as for a user without
// permission: the tests may run as root, whom permissions do not stop.
vi.mock("node:fs/promises", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:fs/promises")>();
  return {
    ...real,
    readdir: (...args: Parameters<typeof real.readdir>) => {
      const path = String(args[0]);
      if (/[\\/]khoa$/.test(path))
        return Promise.reject(Object.assign(new Error(`EACCES: permission denied, scandir '${path}'`), { code: "EACCES", syscall: "scandir", path }));
      return (real.readdir as (...a: unknown[]) => unknown)(...args);
    },
  };
});

describe("listFiles", () => {
  it("lists every entry that is not a folder, and names what cannot be read, never skipping it silently", async () => {
    const root = mkdtempSync(join(tmpdir(), "phuluc-list-"));
    writeFileSync(join(root, "01-ha-noi.xlsx"), "x");
    execFileSync("mkfifo", [join(root, "ong.xlsx")]);
    symlinkSync(join(root, "khong-co.xlsx"), join(root, "hong.xlsx"));
    mkdirSync(join(root, "con"));
    writeFileSync(join(root, "con", "02-ha-giang.xlsx"), "x");
    symlinkSync(join(root, "con"), join(root, "lien-ket"));
    mkdirSync(join(root, "con", "khoa"));
    writeFileSync(Buffer.from(`${join(root, "ten-")}\xff.xlsx`, "latin1"), "x");
    const found = await listFiles(root);
    expect(found.map((f) => [f.file, f.listError])).toEqual([
      ["01-ha-noi.xlsx", undefined],
      ["con/02-ha-giang.xlsx", undefined],
      ["con/khoa/", { kind: "folder", reason: "EACCES" }],
      ["hong.xlsx", undefined],
      ["lien-ket", undefined],
      ["ong.xlsx", undefined],
      ["ten-\ufffd.xlsx", { kind: "file", reason: "invalid_name" }],
    ]);
    expect(found.find((f) => f.file === "con/khoa/")?.path).toBe(join(root, "con", "khoa"));
  });

  it("the folder given failing is thrown", async () => {
    const root = mkdtempSync(join(tmpdir(), "phuluc-list-"));
    await expect(listFiles(join(root, "khoa"))).rejects.toMatchObject({ code: "EACCES" });
  });

  it.skipIf(process.getuid?.() === 0)("a sub-folder without permission, for real (not as root)", async () => {
    const root = mkdtempSync(join(tmpdir(), "phuluc-list-"));
    mkdirSync(join(root, "cam"));
    writeFileSync(join(root, "a.xlsx"), "x");
    chmodSync(join(root, "cam"), 0);
    expect((await listFiles(root)).map((f) => [f.file, f.listError?.reason])).toEqual([
      ["a.xlsx", undefined],
      ["cam/", "EACCES"],
    ]);
    chmodSync(join(root, "cam"), 0o755);
  });
});
