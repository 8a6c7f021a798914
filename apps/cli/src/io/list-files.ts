import { readdir, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { isInside } from "./paths.js";

/** A file found under an input folder. */
export interface FoundFile {
  /** Absolute path, to read. */
  path: string;
  /** Path relative to the folder given, with `/` separators, as central staff see it. */
  file: string;
}

export interface ListOptions {
  /** Absolute paths not to read (an output folder inside the input folder). */
  exclude?: readonly string[];
}

/**
 * Every file under a folder, recursively, in a stable order (by path).
 * Links to files are read; links to folders are not followed (no loops).
 * Nothing is filtered by name: each file is accounted for by the caller.
 */
export async function listFiles(root: string, options: ListOptions = {}): Promise<FoundFile[]> {
  const exclude = options.exclude ?? [];
  const out: FoundFile[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (exclude.some((e) => isInside(path, e))) continue;
      if (entry.isDirectory()) {
        await walk(path);
        continue;
      }
      if (entry.isSymbolicLink()) {
        const target = await stat(path).catch(() => undefined);
        if (!target?.isFile()) continue;
      } else if (!entry.isFile()) continue;
      out.push({ path, file: relative(root, path).split(sep).join("/") });
    }
  };
  await walk(root);
  return out.sort((a, b) => compareText(a.file, b.file));
}

function compareText(a: string, b: string): number {
  const x = a.normalize("NFC");
  const y = b.normalize("NFC");
  return x < y ? -1 : x > y ? 1 : 0;
}
