import { readSync } from "node:fs";

/** SHA-256 (hex) of what an open file holds, read a megabyte at a time. */
export function hashDescriptor(fd: number): string {
  // node:crypto taken when first needed, not at every start.
  const hash = process.getBuiltinModule("node:crypto").createHash("sha256");
  const chunk = Buffer.allocUnsafe(1 << 20);
  for (let at = 0, n = 0; (n = readSync(fd, chunk, 0, chunk.length, at)) > 0; at += n) hash.update(chunk.subarray(0, n));
  return hash.digest("hex");
}
