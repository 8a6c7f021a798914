import type { AnnexRead } from "./annex-read.js";

/**
 * A key that changes when anything validation looks at changes: values,
 * formats, value types, formulas. Fills and fonts are not in it, so the
 * add-in's own highlighting (which fires `onChanged` too) leaves it as is.
 */
export function readFingerprint(read: AnnexRead): string {
  return JSON.stringify([read.found, read.values, read.numberFormat, read.valueTypes, read.formulas]);
}
