/**
 * The sheets of a catalogue workbook, in the XLSForm manner: one sheet per
 * kind of thing (notes for the national reader, annexes, sections, rows, columns, rules,
 * plausibility checks, sentences, mapping), one thing per row, the first row naming the fields as the JSON
 * document does. Lists are written separated by commas (`r02, r09, r10`).
 */
export const SHEETS = {
  catalogue: { name: "Danh mục", columns: ["field", "value"] },
  nationalNotes: { name: "Ghi chú toàn quốc", columns: ["text"] },
  annexes: { name: "Phụ lục", columns: ["annex", "title", "titleEn", "periods", "unitKinds", "note"] },
  sections: { name: "Phần", columns: ["annex", "section", "code", "title"] },
  rows: {
    name: "Dòng",
    columns: ["annex", "section", "code", "label", "level", "optional", "kind", "unit", "decimals.min", "decimals.max", "decimals.default"],
  },
  columns: { name: "Cột", columns: ["annex", "section", "number", "header", "kind", "unit", "decimals.min", "decimals.max", "decimals.default"] },
  rules: {
    name: "Quy tắc",
    columns: [
      "annex",
      "id",
      "kind",
      "severity",
      "level",
      "empty",
      "periods",
      "target",
      "parts",
      "minuend",
      "subtrahends",
      "left",
      "op",
      "right",
      "part",
      "whole",
      "in",
      "derived",
      "cells",
      "maxChangePercent",
      "indicator",
      "min",
      "max",
      "at",
    ],
  },
  plausibility: {
    name: "Kiểm tra hợp lý",
    columns: ["annex", "id", "kind", "cells", "relativePercent", "absolute", "fromZero", "vanished", "indicator", "part", "whole", "k", "minUnits"],
  },
  sentences: { name: "Câu báo cáo", columns: ["annex", "text"] },
  mapping: { name: "Đối chiếu", columns: ["annex", "row", "column", "became", "to", "note"] },
} as const;

export type SheetKey = keyof typeof SHEETS;

/** Fields of the catalogue header, in the order of the `Danh mục` sheet. */
export const HEADER_FIELDS = [
  "$schema",
  "id",
  "version",
  "title",
  "status",
  "note",
  "validFrom",
  "validTo",
  "unitKinds",
  "percentDecimals",
  "predecessor",
] as const;
/** Header fields that are lists, and those whose empty value is `null`. */
export const HEADER_LISTS: ReadonlySet<string> = new Set(["unitKinds"]);
export const HEADER_NULLABLE: ReadonlySet<string> = new Set(["validFrom", "validTo"]);
/** Header fields that are numbers. */
export const HEADER_NUMBERS: ReadonlySet<string> = new Set(["percentDecimals"]);

/** Annex fields that are lists. */
export const ANNEX_LISTS: ReadonlySet<string> = new Set(["periods", "unitKinds"]);

/** Rule fields that are lists, by rule kind (`right` of `compare` is a list unless a number). */
export const RULE_LISTS: Readonly<Record<string, ReadonlySet<string>>> = {
  sum: new Set(["parts", "in", "periods"]),
  difference: new Set(["subtrahends", "in", "periods"]),
  compare: new Set(["left", "right", "in", "periods"]),
  percentage: new Set(["part", "whole", "in", "periods"]),
  "cross-annex": new Set(["periods"]),
  "change-limit": new Set(["cells", "periods"]),
  "target-range": new Set(["part", "whole", "periods"]),
};
/** Rule fields that are numbers, and those that are true/false. */
export const RULE_NUMBERS: ReadonlySet<string> = new Set(["maxChangePercent", "min", "max"]);
export const RULE_BOOLEANS: ReadonlySet<string> = new Set(["derived"]);

/** Plausibility check fields that are lists, numbers, true/false. */
export const PLAUSIBILITY_LISTS: ReadonlySet<string> = new Set(["cells", "part", "whole"]);
export const PLAUSIBILITY_NUMBERS: ReadonlySet<string> = new Set(["relativePercent", "absolute", "k", "minUnits"]);
export const PLAUSIBILITY_BOOLEANS: ReadonlySet<string> = new Set(["fromZero", "vanished"]);

/** A cell value of the table model: what a sheet cell holds. */
export type TableValue = string | number | boolean | null;

/** One sheet as rows of values under its header (row 1). */
export interface CatalogueTable {
  key: SheetKey;
  rows: TableValue[][];
}

export const LIST_SEPARATOR = ", ";
