import type { InputFile } from "../input-file.js";
import { checkFileBytes, tooLargeFinding, unreadableFile, type FileBase } from "./check-file-bytes.js";
import { faultOf, type FileRead } from "./file-read.js";
import type { ReadSetup } from "./read-setup.js";
import { sha256Hex } from "./sha256.js";

/**
 * Reads and checks one input file: a file too large is not read, a file
 * whose bytes cannot be had is `file.io_error`, a fault of the program is
 * `fault`; never thrown.
 */
export async function readInputFile(input: InputFile, setup: ReadSetup): Promise<FileRead> {
  const base: FileBase = { path: input.name, file: input.name, size: input.size, mtimeMs: input.mtime };
  const tooLarge = tooLargeFinding(base);
  if (tooLarge) return unreadableFile(base, tooLarge, "");
  let bytes: Uint8Array;
  try {
    bytes = await input.read();
  } catch (error) {
    const reason = (error as { code?: unknown; name?: unknown } | null)?.code ?? (error as { name?: unknown } | null)?.name;
    return unreadableFile(
      base,
      {
        code: "file.io_error",
        severity: "error",
        path: { file: input.name },
        params: { kind: "file", reason: typeof reason === "string" ? reason : "unknown" },
      },
      "",
    );
  }
  try {
    return checkFileBytes({ ...base, size: bytes.length }, bytes, await sha256Hex(bytes), setup);
  } catch (error) {
    return { ...base, sha256: "", findings: [], errors: 0, warnings: 0, justified: 0, fault: faultOf(error) };
  }
}
