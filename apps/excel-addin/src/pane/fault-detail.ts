/**
 * What the officer copies for support when the add-in fails: the error's
 * name, Office.js code and message, Excel's debug information when there is
 * one, and the first lines of the stack. Nothing of the workbook's figures.
 */
export function faultDetail(error: unknown, when: Date): string {
  const e = (error ?? {}) as { name?: unknown; code?: unknown; message?: unknown; stack?: unknown; debugInfo?: unknown };
  const name = typeof e.name === "string" ? e.name : typeof error;
  const code = typeof e.code === "string" ? ` [${e.code}]` : "";
  const message = typeof e.message === "string" ? e.message : String(error);
  const lines = [`${name}${code}: ${message}`, `time: ${when.toISOString()}`];
  if (e.debugInfo !== undefined) lines.push(`debugInfo: ${JSON.stringify(e.debugInfo)}`);
  if (typeof e.stack === "string")
    lines.push(
      ...e.stack
        .split("\n")
        .slice(1, 8)
        .map((l) => l.trim()),
    );
  return lines.join("\n");
}
