import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { readWorkbook } from "@phuluc/xlsx";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Report } from "@phuluc/consolidate";
import { memoryIo } from "./io/io.js";
import { run } from "./run.js";

const FIXTURES = resolve(fileURLToPath(import.meta.url), "../../../../fixtures");

// Faults injected where they can happen: the workbook reader failing as a bug would while
// reading the file named `fault.file` (read in this thread: --threads 0), and the rendering of
// validate's result (no file being processed).
const fault = vi.hoisted(() => ({ file: undefined as string | undefined, render: false }));
vi.mock("@phuluc/xlsx/read", async (importOriginal) => {
  const real = await importOriginal<typeof import("@phuluc/xlsx/read")>();
  return {
    ...real,
    readAnnexWorkbook: (...args: Parameters<typeof real.readAnnexWorkbook>) => {
      if (fault.file && args[1]?.fileName?.endsWith(fault.file)) throw new RangeError("Set maximum size exceeded");
      return real.readAnnexWorkbook(...args);
    },
  };
});
vi.mock("./commands/validate/render-validate.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("./commands/validate/render-validate.js")>();
  return {
    ...real,
    renderValidate: (...args: Parameters<typeof real.renderValidate>) => {
      if (fault.render) throw new TypeError("Cannot read properties of undefined (reading 'length')");
      return real.renderValidate(...args);
    },
  };
});

async function call(argv: string[], cwd: string) {
  const io = memoryIo({ cwd });
  const code = await run(argv, io);
  return { code, out: io.stdout(), err: io.stderr() };
}

const logsIn = (dir: string) => readdirSync(dir).filter((f) => /^phuluc-loi-\d{8}-\d{6}(-\d+)?\.log$/.test(f));
const sha256 = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

describe("a fault of the program is ours: exit 3, named, details in a log", () => {
  afterEach(() => {
    fault.file = undefined;
    fault.render = false;
  });

  it("validate: names the file, writes the log in the working folder (stack, versions, SHA-256, none of the content)", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "phuluc-fault-"));
    cpSync(join(FIXTURES, "2022-Y/51-quang-ngai.xlsx"), join(cwd, "51-quang-ngai.xlsx"));
    cpSync(join(FIXTURES, "2022-Y/01-ha-noi.xlsx"), join(cwd, "01-ha-noi.xlsx"));
    fault.file = "51-quang-ngai.xlsx";
    const r = await call(["validate", "51-quang-ngai.xlsx", "01-ha-noi.xlsx", "--threads", "0", "-q"], cwd);
    expect(r.code).toBe(3);
    const [log] = logsIn(cwd);
    expect(r.err).toBe(
      'phuluc: lỗi chương trình khi xử lý tệp "51-quang-ngai.xlsx" (lỗi của phuluc, không phải lỗi của tệp).\n' +
        "Tệp không bị thay đổi; đơn vị không cần sửa hay gửi lại tệp vì lỗi này.\n" +
        `Chi tiết (không chứa nội dung tệp) đã được ghi vào "${log}"; hãy gửi tệp đó cho nhóm phát triển phuluc.\n` +
        "Để xem chi tiết ngay trên màn hình: chạy lại lệnh với --debug.\n",
    );
    expect(r.err).not.toContain("hỏng");
    const text = readFileSync(join(cwd, log as string), "utf8");
    expect(text).toContain("File: 51-quang-ngai.xlsx");
    expect(text).toContain(`SHA-256: ${sha256(join(cwd, "51-quang-ngai.xlsx"))}`);
    expect(text).toContain("RangeError: Set maximum size exceeded");
    expect(text).toContain(`Node.js: ${process.version}`);
    expect(text).toMatch(/^phuluc: \d+\.\d+\.\d+/m);
    // Nothing of the workbook: not its unit's name, not its bytes.
    expect(text).not.toContain("Quảng Ngãi");
    expect(text.length).toBeLessThan(10_000);
  });

  it("--debug prints the stack; the log goes next to the outputs (--feedback)", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "phuluc-fault-"));
    cpSync(join(FIXTURES, "2022-Y/51-quang-ngai.xlsx"), join(cwd, "51-quang-ngai.xlsx"));
    fault.file = "51-quang-ngai.xlsx";
    const r = await call(["validate", "51-quang-ngai.xlsx", "--threads", "0", "--feedback", "ra/phan-hoi", "--debug", "-q"], cwd);
    expect(r.code).toBe(3);
    expect(logsIn(cwd)).toEqual([]);
    const [log] = logsIn(join(cwd, "ra/phan-hoi"));
    expect(r.err).toContain(`đã được ghi vào "ra/phan-hoi/${log}"`);
    expect(r.err).not.toContain("--debug");
    expect(r.err).toContain("RangeError: Set maximum size exceeded\n    at ");
  });

  it("a fault with no file being processed says so", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "phuluc-fault-"));
    cpSync(join(FIXTURES, "2022-Y/51-quang-ngai.xlsx"), join(cwd, "51-quang-ngai.xlsx"));
    fault.render = true;
    const r = await call(["validate", "51-quang-ngai.xlsx", "--threads", "0", "-q"], cwd);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(
      /^phuluc: lỗi chương trình \(lỗi của phuluc, không phải của tệp hay của cách gọi lệnh\)\.\nKhông tệp nào bị thay đổi\.\nChi tiết \(không chứa nội dung tệp\) đã được ghi vào "phuluc-loi-\d{8}-\d{6}\.log"/,
    );
    expect(readFileSync(join(cwd, logsIn(cwd)[0] as string), "utf8")).toContain("TypeError: Cannot read properties of undefined (reading 'length')");
  });

  it("consolidate: the faulted file is set aside and named, every other file consolidated, the figures said incomplete", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "phuluc-fault-"));
    cpSync(join(FIXTURES, "2021-Y"), join(cwd, "nhan"), { recursive: true });
    const clean = await call(["consolidate", "nhan", "--period", "2021-Y", "--out", "ra/sach.xlsx", "--json", "ra/sach.json", "--threads", "0", "-q"], cwd);
    expect(clean.code).toBe(0);
    fault.file = "02-ha-giang.xlsx";
    const r = await call(["consolidate", "nhan", "--period", "2021-Y", "--out", "ra/n.xlsx", "--json", "ra/r.json", "--threads", "0", "-q"], cwd);
    expect(r.code).toBe(3);
    const [log] = logsIn(join(cwd, "ra"));
    expect(r.err).toContain(`phuluc: lỗi chương trình khi xử lý tệp "02-ha-giang.xlsx" (lỗi của phuluc, không phải lỗi của tệp).\n`);
    expect(r.err).toContain(`đã được ghi vào "ra/${log}"`);
    expect(r.out).toContain("Số liệu chưa đầy đủ: 1 tệp gặp lỗi chương trình, chưa được tổng hợp (mã thoát 3)");

    const before = JSON.parse(readFileSync(join(cwd, "ra/sach.json"), "utf8")) as Report;
    const report = JSON.parse(readFileSync(join(cwd, "ra/r.json"), "utf8")) as Report;
    expect(report.exitCode).toBe(3);
    expect(report.files.find((f) => f.file === "02-ha-giang.xlsx")).toMatchObject({
      status: "internal_error",
      reason: `lỗi chương trình (không phải lỗi của tệp); chi tiết trong tệp ${log}`,
    });
    // Every other file as without the fault.
    const others = (rep: Report) => rep.files.filter((f) => f.file !== "02-ha-giang.xlsx").map((f) => [f.file, f.status]);
    expect(others(report)).toEqual(others(before));
    expect(report.coverage.included).toBe(before.coverage.included - 1);
    expect(report.sentences[0]?.text).toBe(
      `Số liệu chưa đầy đủ: 1 tệp chưa được tổng hợp do lỗi chương trình (không phải lỗi của tệp): 02-ha-giang.xlsx; chi tiết trong tệp ${log}. Các số liệu dưới đây chưa tính các tệp này.`,
    );

    expect(existsSync(join(cwd, "ra/n.xlsx"))).toBe(true);
    const texts = readWorkbook(readFileSync(join(cwd, "ra/n.xlsx")))
      .sheets.flatMap((s) => s.cells.map((c) => c.value))
      .filter((v): v is string => typeof v === "string");
    expect(texts).toContain("Lỗi chương trình");
    expect(texts.some((t) => t.startsWith("Số liệu chưa đầy đủ: 1 tệp chưa được tổng hợp do lỗi chương trình"))).toBe(true);
    expect(texts.some((t) => t.includes(`lỗi chương trình (không phải lỗi của tệp); chi tiết trong tệp ${log}`))).toBe(true);
  });
});
