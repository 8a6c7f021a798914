import { readSync } from "node:fs";

/** A new SHA-256; node:crypto taken when first needed, not at every start (some 5 ms). */
function sha256() {
  return process.getBuiltinModule("node:crypto").createHash("sha256");
}

/** SHA-256 (hex) of bytes already read. */
export function hashBytes(bytes: Uint8Array): string {
  return sha256().update(bytes).digest("hex");
}

/** SHA-256 (hex) of what an open file holds, read a megabyte at a time. */
export function hashDescriptor(fd: number): string {
  const hash = sha256();
  const chunk = Buffer.allocUnsafe(1 << 20);
  for (let at = 0, n = 0; (n = readSync(fd, chunk, 0, chunk.length, at)) > 0; at += n) hash.update(chunk.subarray(0, n));
  return hash.digest("hex");
}
