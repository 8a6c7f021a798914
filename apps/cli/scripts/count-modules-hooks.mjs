// Loader hooks of count-modules.mjs (they run in their own thread).
import { appendFileSync } from "node:fs";

let file;
export function initialize(data) {
  file = data.file;
}
export async function load(url, context, next) {
  const result = await next(url, context);
  const bytes = typeof result.source === "string" ? result.source.length : (result.source?.byteLength ?? 0);
  appendFileSync(file, `${JSON.stringify({ kind: "import", url, bytes })}\n`);
  return result;
}
