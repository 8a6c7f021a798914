import type { RawValue } from "../numbers/index.js";
import type { AnnexSubmission } from "./submission.js";
import { cellKey } from "../rule/line-ref.js";

/**
 * Builds an annex submission from figures given row by row, column (1)
 * first: `{ "01": [4113, 960, 23.3] }`. `undefined` leaves a cell out.
 * Handy for tests, demos and tools that hold figures in memory.
 */
export function annexFigures(
  code: string,
  rows: Record<string, readonly RawValue[]>,
  options: { numberFormats?: Record<string, string>; version?: string } = {},
): AnnexSubmission {
  const cells: AnnexSubmission["cells"] = {};
  for (const [row, values] of Object.entries(rows)) {
    values.forEach((value, i) => {
      if (value === undefined) return;
      const key = cellKey(row, i + 1);
      const numberFormat = options.numberFormats?.[key];
      cells[key] = numberFormat === undefined ? { value } : { value, numberFormat };
    });
  }
  return options.version === undefined ? { code, cells } : { code, cells, version: options.version };
}
