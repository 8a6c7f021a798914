import type { PageFile } from "../read/worker-reader.js";

/** A folder the user chose: its name and its files, named by their path inside it (`/`), in the command line tool's order. */
export interface ChosenFolder {
  name: string;
  files: PageFile[];
}

const nfc = (s: string) => s.normalize("NFC");
const byName = (a: PageFile, b: PageFile) => (nfc(a.name) < nfc(b.name) ? -1 : nfc(a.name) > nfc(b.name) ? 1 : 0);

export function pageFile(file: File, name: string): PageFile {
  return { name, size: file.size, mtime: file.lastModified, blob: file, read: async () => new Uint8Array(await file.arrayBuffer()) };
}

/** Files of `<input type=file webkitdirectory>`: `2022-Y/01-ha-noi.xlsx` → folder `2022-Y`, file `01-ha-noi.xlsx`. */
export function folderFromInput(list: FileList | readonly File[]): ChosenFolder {
  const files = [...list];
  const paths = files.map((f) => (f as File & { webkitRelativePath?: string }).webkitRelativePath || f.name);
  const first = paths[0]?.split("/")[0] ?? "";
  const inFolder = paths.every((p) => p.includes("/") && p.split("/")[0] === first);
  return {
    name: inFolder ? first : "",
    files: files.map((f, i) => pageFile(f, inFolder ? (paths[i] as string).slice(first.length + 1) : (paths[i] as string))).sort(byName),
  };
}

/** Every file under a directory handle (the directory picker), recursively. */
async function walkHandle(dir: FileSystemDirectoryHandle, prefix: string, out: PageFile[]): Promise<void> {
  for await (const entry of (dir as unknown as { values(): AsyncIterable<FileSystemHandle> }).values()) {
    if (entry.kind === "directory") await walkHandle(entry as FileSystemDirectoryHandle, `${prefix}${entry.name}/`, out);
    else out.push(pageFile(await (entry as FileSystemFileHandle).getFile(), `${prefix}${entry.name}`));
  }
}

export async function folderFromHandle(dir: FileSystemDirectoryHandle): Promise<ChosenFolder> {
  const files: PageFile[] = [];
  await walkHandle(dir, "", files);
  return { name: dir.name, files: files.sort(byName) };
}

/** Every file under a dropped entry. */
async function walkEntry(entry: FileSystemEntry, prefix: string, out: PageFile[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((ok, fail) => (entry as FileSystemFileEntry).file(ok, fail));
    out.push(pageFile(file, `${prefix}${entry.name}`));
    return;
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((ok, fail) => reader.readEntries(ok, fail));
    if (batch.length === 0) break;
    for (const child of batch) await walkEntry(child, `${prefix}${entry.name}/`, out);
  }
}

/** What was dropped: one folder (its files), or files. */
export async function folderFromDrop(data: DataTransfer): Promise<ChosenFolder> {
  const entries = [...data.items].map((i) => i.webkitGetAsEntry?.()).filter((e): e is FileSystemEntry => !!e);
  const folder = entries.length === 1 && entries[0]?.isDirectory ? entries[0] : undefined;
  if (!folder) return { name: "", files: [...data.files].map((f) => pageFile(f, f.name)).sort(byName) };
  const files: PageFile[] = [];
  const reader = (folder as FileSystemDirectoryEntry).createReader();
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((ok, fail) => reader.readEntries(ok, fail));
    if (batch.length === 0) break;
    for (const child of batch) await walkEntry(child, "", files);
  }
  return { name: folder.name, files: files.sort(byName) };
}
