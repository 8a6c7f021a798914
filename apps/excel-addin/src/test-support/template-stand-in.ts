import { buildTemplate, type TemplateOptions } from "@phuluc/xlsx";
import type { SerializedCell, SerializedSheet, SerializedWorkbook } from "./excel-stand-in/serialize.js";

type Workbook = ReturnType<typeof buildTemplate>;
type Sheet = Workbook["worksheets"][number];

function cellsOf(sheet: Sheet): SerializedCell[] {
  const out: SerializedCell[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      const value = cell.value as unknown;
      const numberFormat = cell.numFmt || "General";
      const locked = cell.protection?.locked !== false;
      if (value && typeof value === "object" && "formula" in value) {
        out.push({ address: cell.address, formula: `=${String((value as { formula: string }).formula)}`, numberFormat, locked });
      } else if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
        out.push({ address: cell.address, value, numberFormat, locked });
      } else {
        out.push({ address: cell.address, value: null, numberFormat, locked });
      }
    });
  });
  return out;
}

/** Excel's `selectionMode` for what the writer let the officer select (exceljs allows both unless told). */
function selectionMode(protection: Record<string, unknown>): "Normal" | "Unlocked" | "None" {
  if (protection.selectUnlockedCells === false) return "None";
  return protection.selectLockedCells === false ? "Unlocked" : "Normal";
}

const VISIBILITY = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;

/**
 * What Excel would show after opening a workbook made by `phuluc template`
 * (the @phuluc/xlsx writer the command uses): its sheets, cells, merges,
 * protection and the very hidden `_meta` sheet, as a stand-in preload.
 */
export function templateStandIn(options: TemplateOptions): SerializedWorkbook {
  const workbook = buildTemplate(options);
  const sheets: SerializedSheet[] = workbook.worksheets.map((sheet) => {
    const protection = (sheet as unknown as { sheetProtection?: Record<string, unknown> }).sheetProtection;
    return {
      name: sheet.name,
      visibility: VISIBILITY[sheet.state as keyof typeof VISIBILITY] ?? "Visible",
      // What the writer allowed, as Excel reports it (`allowFormatCells` lets marks be painted without unprotecting).
      protection: protection?.sheet
        ? {
            protected: true,
            options: {
              allowFormatCells: protection.formatCells === true,
              allowFormatColumns: protection.formatColumns === true,
              allowFormatRows: protection.formatRows === true,
              selectionMode: selectionMode(protection),
            },
          }
        : { protected: false },
      merges: ((sheet.model as unknown as { merges?: string[] }).merges ?? []).slice(),
      cells: cellsOf(sheet),
    };
  });
  return { sheets };
}
