import { readdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { isFileSystemError } from "./fs-error.js";
import { isInside } from "./paths.js";

/** Why an entry found while listing cannot be read at all: a folder that could not be listed, a name that is not UTF-8. */
export interface ListError {
  kind: "file" | "folder";
  /** The system's code (EACCES …) or `invalid_name`. */
  reason: string;
}

/** A file found under an input folder. */
export interface FoundFile {
  /** Absolute path, to read. */
  path: string;
  /** Path relative to the folder given, with `/` separators, as central staff see it (a folder's ends with `/`). */
  file: string;
  /** Set when the entry cannot be read: it is reported, never opened. */
  listError?: ListError;
}

export interface ListOptions {
  /** Absolute paths not to read (an output folder inside the input folder). */
  exclude?: readonly string[];
}

/**
 * Every entry under a folder that is not a folder, recursively, in a stable
 * order (by path): regular files, links, and also FIFOs, sockets and
 * devices, which the reader names without opening. Links to folders are not
 * followed (no loops). A sub-folder that cannot be listed is one entry with
 * its reason, and the rest is listed; only the folder given failing throws.
 * Nothing is filtered by name: each entry is accounted for by the caller.
 */
export async function listFiles(root: string, options: ListOptions = {}): Promise<FoundFile[]> {
  const exclude = options.exclude ?? [];
  const out: FoundFile[] = [];
  const display = (path: string) => relative(root, path).split(sep).join("/");
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      // As bytes: a name that is not UTF-8 would come back altered and could not be opened again.
      entries = await readdir(dir, { withFileTypes: true, encoding: "buffer" });
    } catch (error) {
      if (dir === root || !isFileSystemError(error)) throw error;
      out.push({ path: dir, file: `${display(dir)}/`, listError: { kind: "folder", reason: error.code } });
      return;
    }
    for (const entry of entries) {
      const raw = entry.name as unknown as Buffer;
      const name = raw.toString("utf8");
      const path = join(dir, name);
      if (exclude.some((e) => isInside(path, e))) continue;
      if (!Buffer.from(name, "utf8").equals(raw)) {
        const folder = entry.isDirectory();
        out.push({ path, file: `${display(path)}${folder ? "/" : ""}`, listError: { kind: folder ? "folder" : "file", reason: "invalid_name" } });
      } else if (entry.isDirectory()) await walk(path);
      else out.push({ path, file: display(path) });
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
