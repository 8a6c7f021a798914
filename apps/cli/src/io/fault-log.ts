import { closeSync, constants, fstatSync, openSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { arch, platform, release } from "node:os";
import { join } from "node:path";
import { VERSION } from "../version.js";
import { hashDescriptor } from "./hash-descriptor.js";

/** One fault to record: the file being processed (if any), its fingerprint, and the error's details. */
export interface FaultEntry {
  /** As the user sees it. */
  file?: string;
  /** To fingerprint the file when `sha256` is not known; never read for anything else. */
  path?: string;
  sha256?: string;
  /** Stack and causes. */
  detail: string;
}

/** An error's stack with its causes, for developers. */
export function errorDetail(error: unknown): string {
  const parts: string[] = [];
  let e: unknown = error;
  for (let depth = 0; e !== undefined && depth < 5; depth++) {
    parts.push(e instanceof Error ? (e.stack ?? `${e.name}: ${e.message}`) : String(e));
    e = e instanceof Error ? e.cause : undefined;
  }
  return parts.join("\nCaused by: ");
}

/** SHA-256 of a regular file, opened without waiting; undefined for anything else. */
function fingerprint(path: string): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    if (!fstatSync(fd).isFile()) return undefined;
    return hashDescriptor(fd);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function stamp(now: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}${p(now.getSeconds())}`;
}

/**
 * Writes the details of faults of the program to `phuluc-loi-<time>.log` in
 * `folder`: the stack, the versions, the command line and each file's
 * SHA-256, nothing of any file's content. Resolves to its path, or
 * undefined when it could not be written (the caller then prints the details).
 */
export async function writeFaultLog(folder: string, entries: readonly FaultEntry[], now = new Date()): Promise<string | undefined> {
  const lines = [
    "phuluc — chi tiết lỗi chương trình (không phải lỗi của tệp). Hãy gửi tệp này cho nhóm phát triển phuluc.",
    "Tệp này không chứa nội dung của tệp nào; chỉ có tên tệp và mã SHA-256 để nhận ra tệp.",
    "",
    `Time: ${now.toISOString()}`,
    `phuluc: ${VERSION}`,
    `Node.js: ${process.version}`,
    `System: ${platform()} ${release()} ${arch()}`,
    `Command line: phuluc ${process.argv.slice(2).join(" ")}`,
  ];
  for (const entry of entries) {
    const sha256 = entry.sha256 || (entry.path ? fingerprint(entry.path) : undefined);
    lines.push("", `File: ${entry.file ?? "(none)"}`);
    if (entry.file !== undefined) lines.push(`SHA-256: ${sha256 ?? "(not readable)"}`);
    lines.push(entry.detail);
  }
  const text = `${lines.join("\n")}\n`;
  try {
    await mkdir(folder, { recursive: true });
  } catch {
    return undefined;
  }
  for (let n = 0; n < 100; n++) {
    const path = join(folder, `phuluc-loi-${stamp(now)}${n === 0 ? "" : `-${n}`}.log`);
    try {
      await writeFile(path, text, { flag: "wx" });
      return path;
    } catch (error) {
      if ((error as { code?: unknown }).code !== "EEXIST") return undefined;
    }
  }
  return undefined;
}
