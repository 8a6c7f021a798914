import { execFileSync } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Report } from "@phuluc/consolidate";
import { FIXTURES, phuluc, tempDir } from "./run-built.js";

describe("special files: never opened, each named in the report with its own status", () => {
  const server = createServer();
  afterAll(() => server.close());

  it("validate on a FIFO answers at once instead of waiting forever", async () => {
    const dir = tempDir("fifo");
    execFileSync("mkfifo", [join(dir, "01-ha-noi.xlsx")]);
    const r = await phuluc(["validate", join(dir, "01-ha-noi.xlsx"), "-q"], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Lỗi: Không phải tệp thông thường (ống dẫn FIFO); không được đọc. Hãy chép tệp phụ lục (.xlsx) thật vào thư mục.");
  });

  it("consolidate: a FIFO, a socket, a broken link, a link to a folder, a name that is not UTF-8 are listed; the rest consolidated", async () => {
    const dir = tempDir("special");
    const input = join(dir, "nhan");
    cpSync(join(FIXTURES, "2021-Y"), input, { recursive: true });
    execFileSync("mkfifo", [join(input, "ong.xlsx")]);
    await new Promise<void>((done) => server.listen(join(input, "socket.xlsx"), done));
    symlinkSync(join(dir, "da-xoa.xlsx"), join(input, "hong.xlsx"));
    mkdirSync(join(dir, "khac"));
    symlinkSync(join(dir, "khac"), join(input, "lien-ket"));
    writeFileSync(Buffer.from(`${join(input, "ten-")}\xff.xlsx`, "latin1"), readFileSync(join(input, "01-ha-noi.xlsx")));
    const r = await phuluc(["consolidate", input, "--period", "2021-Y", "--out", join(dir, "ra", "n.xlsx"), "--json", join(dir, "ra", "r.json"), "-q"], dir);
    expect(r.code).toBe(1);
    const report = JSON.parse(readFileSync(join(dir, "ra", "r.json"), "utf8")) as Report;
    expect(report.files).toHaveLength(72);
    const of = (file: string) => report.files.find((f) => f.file === file);
    expect(of("ong.xlsx")).toMatchObject({
      status: "not_regular",
      reason: "Không phải tệp thông thường (ống dẫn FIFO); không được đọc. Hãy chép tệp phụ lục (.xlsx) thật vào thư mục.",
    });
    expect(of("socket.xlsx")).toMatchObject({ status: "not_regular", reason: expect.stringContaining("(socket)") });
    expect(of("hong.xlsx")).toMatchObject({
      status: "broken_link",
      reason: "Liên kết hỏng: tệp mà liên kết trỏ tới không còn; không được đọc. Hãy chép tệp phụ lục vào thư mục thay cho liên kết.",
    });
    expect(of("lien-ket")).toMatchObject({ status: "not_regular", reason: expect.stringContaining("liên kết tới thư mục") });
    expect(of("ten-\ufffd.xlsx")).toMatchObject({
      status: "unreadable",
      reason: expect.stringContaining("tên tệp có ký tự không đọc được (không phải mã UTF-8)"),
    });
    expect(report.files.filter((f) => f.status === "included")).toHaveLength(67);
    expect(r.stdout).toContain("[không phải tệp thông thường] ong.xlsx");
    expect(r.stdout).toContain("[liên kết hỏng] hong.xlsx");
  });

  it.skipIf(process.getuid?.() === 0)("one sub-folder without read permission is named with its own path; the rest consolidated (not as root)", async () => {
    const dir = tempDir("locked");
    const input = join(dir, "nhan");
    cpSync(join(FIXTURES, "2021-Y"), input, { recursive: true });
    mkdirSync(join(input, "khoa"));
    chmodSync(join(input, "khoa"), 0);
    const r = await phuluc(["consolidate", input, "--period", "2021-Y", "--out", join(dir, "ra", "n.xlsx"), "--json", join(dir, "ra", "r.json"), "-q"], dir);
    chmodSync(join(input, "khoa"), 0o755);
    expect(r.code).toBe(1);
    const report = JSON.parse(readFileSync(join(dir, "ra", "r.json"), "utf8")) as Report;
    expect(report.files.find((f) => f.file === "khoa/")).toMatchObject({
      status: "unreadable",
      reason: expect.stringContaining("không đọc được thư mục: không có quyền đọc"),
    });
    expect(report.files.filter((f) => f.status === "included")).toHaveLength(67);
  });
});
