const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `["units", 3, "code"]` → `units[3].code`; the root is written `(gốc)`. */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else if (typeof part === "string" && IDENTIFIER.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out || "(gốc)";
}
