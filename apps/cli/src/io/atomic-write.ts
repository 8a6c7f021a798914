import { mkdir, open, unlink } from "node:fs/promises";
import { renameSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { trackTemp, untrackTemp } from "./temp-files.js";

/** A file written to a temporary name in its final folder, not yet visible under its name. */
export interface StagedFile {
  path: string;
  temp: string;
}

/**
 * Writes bytes to a temporary file next to `path` (same folder, so the final
 * rename never crosses file systems), flushed to disk. Nothing appears under
 * `path` until `commitStaged`.
 */
export async function stageFile(path: string, data: Uint8Array | string): Promise<StagedFile> {
  const folder = dirname(path);
  await mkdir(folder, { recursive: true });
  const temp = join(folder, `.${basename(path)}.${process.pid}.${process.getBuiltinModule("node:crypto").randomBytes(4).toString("hex")}.tmp`);
  trackTemp(temp);
  try {
    const handle = await open(temp, "wx");
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    untrackTemp(temp);
    throw error;
  }
  return { path, temp };
}

/**
 * Renames staged files onto their names, all in one synchronous step: an
 * interrupt cannot fall between two renames, so either every output of a
 * run appears or none does.
 */
export function commitStaged(files: readonly StagedFile[]): void {
  for (const f of files) {
    renameSync(f.temp, f.path);
    untrackTemp(f.temp);
  }
}

/** Drops staged files (a later step failed). */
export async function discardStaged(files: readonly StagedFile[]): Promise<void> {
  for (const f of files) {
    await unlink(f.temp).catch(() => undefined);
    untrackTemp(f.temp);
  }
}

/** Stages and commits one file. */
export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  commitStaged([await stageFile(path, data)]);
}
