/** The stand-in workbook as JSON: what a test preloads, and what `getFileAsync` hands out. */
import { cellName, parseRect, rectName } from "./a1.js";
import type { Scalar } from "./formula.js";
import { WorkbookModel, type SheetModel } from "./workbook-model.js";

export interface SerializedCell {
  address: string;
  value?: Scalar;
  formula?: string;
  numberFormat?: string;
  locked?: boolean;
  fill?: string;
}

export interface SerializedSheet {
  name: string;
  visibility?: SheetModel["visibility"];
  protection?: { protected: boolean; options?: Record<string, unknown>; password?: string };
  merges?: string[];
  cells: SerializedCell[];
}

export interface SerializedWorkbook {
  sheets: SerializedSheet[];
}

export function serialize(model: WorkbookModel): SerializedWorkbook {
  return {
    sheets: model.sheets.map((s) => ({
      name: s.name,
      visibility: s.visibility,
      protection: s.protection,
      merges: s.merges.map(rectName),
      cells: [...s.cells].map(([k, c]) => {
        const [row, column] = k.split(",").map(Number) as [number, number];
        return {
          address: cellName(row, column),
          value: c.value,
          ...(c.formula ? { formula: c.formula } : {}),
          numberFormat: c.numberFormat,
          locked: c.locked,
          ...(c.format.fill ? { fill: c.format.fill } : {}),
        };
      }),
    })),
  };
}

export function deserialize(data: SerializedWorkbook): WorkbookModel {
  const model = new WorkbookModel();
  for (const s of data.sheets) {
    const sheet = model.addSheet(s.name);
    sheet.visibility = s.visibility ?? "Visible";
    sheet.protection = {
      protected: s.protection?.protected ?? false,
      options: s.protection?.options ?? {},
      ...(s.protection?.password ? { password: s.protection.password } : {}),
    };
    sheet.merges = (s.merges ?? []).map(parseRect);
    for (const c of s.cells) {
      const { top, left } = parseRect(c.address);
      const cell = model.cell(sheet, top, left);
      cell.numberFormat = c.numberFormat ?? "General";
      cell.locked = c.locked ?? true;
      if (c.fill) cell.format.fill = c.fill;
      if (c.formula) cell.formula = c.formula;
      else cell.value = c.value ?? null;
    }
  }
  model.activeSheetId = model.sheets.find((s) => s.visibility === "Visible")?.id;
  model.recalc();
  return model;
}
