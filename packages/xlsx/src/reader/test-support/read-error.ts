/* Test support: capture the WorkbookReadError of a read as plain data. */
import { WorkbookReadError } from "../errors.js";
import { readWorkbook } from "../read-workbook.js";
import type { ReadLimits } from "../types.js";

export interface ErrorOutcome {
  code: string;
  params: Record<string, string | number>;
}

export function errorOf(action: () => unknown): ErrorOutcome {
  try {
    action();
  } catch (error) {
    if (error instanceof WorkbookReadError) return { code: error.code, params: error.params };
    throw error;
  }
  throw new Error("expected a WorkbookReadError, but the action succeeded");
}

export function readError(bytes: Uint8Array, limits?: Partial<ReadLimits>): ErrorOutcome {
  return errorOf(() => readWorkbook(bytes, limits));
}
