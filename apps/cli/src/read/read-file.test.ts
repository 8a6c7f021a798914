import { execFileSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, symlinkSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it, vi } from "vitest";
import { readFileSafely } from "./read-file.js";
import { makeReadSetup } from "./check-read-setup.js";

const FIXTURES = resolve(fileURLToPath(import.meta.url), "../../../../../fixtures");

// Faults injected: the workbook reader failing as a bug would (not a WorkbookReadError) for files
// named loi-chuong-trinh…, and the system refusing to open files named khong-quyen… (EACCES), as
// for a user without permission (the tests may run as root, whom permissions do not stop).
vi.mock("@phuluc/xlsx/read", async (importOriginal) => {
  const real = await importOriginal<typeof import("@phuluc/xlsx/read")>();
  return {
    ...real,
    readAnnexWorkbook: (...args: Parameters<typeof real.readAnnexWorkbook>) => {
      if (args[1]?.fileName?.includes("loi-chuong-trinh")) throw new TypeError("Cannot read properties of undefined (reading 'cells')");
      return real.readAnnexWorkbook(...args);
    },
  };
});
vi.mock("node:fs", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:fs")>();
  return {
    ...real,
    openSync: (...args: Parameters<typeof real.openSync>) => {
      if (String(args[0]).includes("khong-quyen"))
        throw Object.assign(new Error(`EACCES: permission denied, open '${String(args[0])}'`), {
          code: "EACCES",
          errno: -13,
          syscall: "open",
          path: String(args[0]),
        });
      return real.openSync(...args);
    },
  };
});

const setup = await makeReadSetup({});
const dir = mkdtempSync(join(tmpdir(), "phuluc-read-file-"));
const read = (name: string, path = join(dir, name)) => readFileSafely({ path, file: name }, setup);
const server = createServer();
afterAll(() => server.close());

describe("reading one file: special files, the file system, faults of the program", () => {
  it("a FIFO, a socket, a device, a link to a folder: named without being opened", async () => {
    execFileSync("mkfifo", [join(dir, "ong.xlsx")]);
    await new Promise<void>((done) => server.listen(join(dir, "socket.xlsx"), done));
    mkdirSync(join(dir, "thu-muc"));
    symlinkSync(join(dir, "thu-muc"), join(dir, "lien-ket-thu-muc.xlsx"));
    const kinds = async (name: string, path?: string) => {
      const r = await read(name, path);
      return { code: r.readError?.code, kind: r.readError?.params["kind"], sha256: r.sha256, fault: r.fault };
    };
    expect(await kinds("ong.xlsx")).toEqual({ code: "file.not_regular", kind: "fifo", sha256: "", fault: undefined });
    expect(await kinds("socket.xlsx")).toEqual({ code: "file.not_regular", kind: "socket", sha256: "", fault: undefined });
    expect(await kinds("null", "/dev/null")).toEqual({ code: "file.not_regular", kind: "device", sha256: "", fault: undefined });
    expect(await kinds("lien-ket-thu-muc.xlsx")).toEqual({ code: "file.not_regular", kind: "folder_link", sha256: "", fault: undefined });
  });

  it("a broken link, a file gone since the listing, a file without read permission: not corrupt workbooks", async () => {
    symlinkSync(join(dir, "khong-co.xlsx"), join(dir, "hong.xlsx"));
    expect((await read("hong.xlsx")).readError).toEqual({ code: "file.broken_link", severity: "error", path: { file: "hong.xlsx" }, params: {} });
    expect((await read("da-xoa.xlsx")).readError).toEqual({
      code: "file.io_error",
      severity: "error",
      path: { file: "da-xoa.xlsx" },
      params: { kind: "file", reason: "ENOENT" },
    });
    copyFileSync(join(FIXTURES, "2022-Y/01-ha-noi.xlsx"), join(dir, "khong-quyen.xlsx"));
    const denied = await read("khong-quyen.xlsx");
    expect(denied.readError).toEqual({
      code: "file.io_error",
      severity: "error",
      path: { file: "khong-quyen.xlsx" },
      params: { kind: "file", reason: "EACCES" },
    });
    expect(denied.errors).toBe(1);
  });

  it.skipIf(process.getuid?.() === 0)("a file without read permission, for real (not as root)", async () => {
    copyFileSync(join(FIXTURES, "2022-Y/01-ha-noi.xlsx"), join(dir, "chmod-000.xlsx"));
    chmodSync(join(dir, "chmod-000.xlsx"), 0);
    expect((await read("chmod-000.xlsx")).readError?.params).toEqual({ kind: "file", reason: "EACCES" });
  });

  it("a fault of the program while reading comes back as a fault with the file's fingerprint, never a finding", async () => {
    copyFileSync(join(FIXTURES, "2022-Y/01-ha-noi.xlsx"), join(dir, "loi-chuong-trinh.xlsx"));
    const r = await read("loi-chuong-trinh.xlsx");
    expect(r.readError).toBeUndefined();
    expect(r.findings).toEqual([]);
    expect(r.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(r.fault).toMatchObject({ name: "TypeError", message: "Cannot read properties of undefined (reading 'cells')" });
    expect(r.fault?.stack).toContain("read-file.test.ts");
  });

  it("an entry the listing could not read is reported as it is", async () => {
    const r = await readFileSafely({ path: join(dir, "khoa"), file: "khoa/", listError: { kind: "folder", reason: "EACCES" } }, setup);
    expect(r.readError).toEqual({ code: "file.io_error", severity: "error", path: { file: "khoa/" }, params: { kind: "folder", reason: "EACCES" } });
  });

  it("a regular workbook still reads", async () => {
    copyFileSync(join(FIXTURES, "2022-Y/01-ha-noi.xlsx"), join(dir, "01-ha-noi.xlsx"));
    const r = await read("01-ha-noi.xlsx");
    expect(r).toMatchObject({ unit: "01", period: "2022-Y", errors: 0 });
    expect(r.fault).toBeUndefined();
  });
});
