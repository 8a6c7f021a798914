import type { Finding } from "@phuluc/core";
import type { FileEntry } from "../national/national-input.js";

/** A warning of a jump against the previous period (PL04 row 03), the kind a unit justifies. */
export const JUMP_WARNING: Finding = {
  code: "plausibility.change",
  severity: "warning",
  rule: "PL04.jump",
  path: { annex: "PL04", row: "03", column: 1, cell: "PL04!D11" },
  params: { previous: "4020", current: "8527", change: "112", difference: "4507", relativePercent: 30, absolute: 50, previousPeriod: "năm 2021" },
};

/** A sum error of PL02 row 01. */
export const SUM_ERROR: Finding = {
  code: "rule.sum",
  severity: "error",
  path: { annex: "PL02", row: "01", column: 1, cell: "'PL02'!D9" },
  params: { stated: "10", computed: "12", parts: "r02 + r03" },
};

/** A copy of unit 51's file in a subfolder: a duplicate, counted once. */
export const DUPLICATE_OF_51: FileEntry = {
  file: "ban-sao/51.xlsx",
  sha256: "ef".repeat(32),
  status: "duplicate",
  unit: "51",
  reason: "cùng nội dung với tệp 51.xlsx (trùng SHA-256); không tính hai lần",
};
