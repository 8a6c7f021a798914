/** What the browser test does as "the officer" and what it inspects, as `window.__excel`. */
import { cellName, parseRect } from "./a1.js";
import type { StandInStats } from "./client-base.js";
import { serialize } from "./serialize.js";
import type { WorkbookModel } from "./workbook-model.js";

export function testHooks(model: WorkbookModel, stats: StandInStats) {
  const edit = (sheetName: string, address: string, rows: unknown[][]): void => {
    const sheet = model.sheet(sheetName);
    const { top, left } = parseRect(address);
    const rect = { top, left, bottom: top + rows.length - 1, right: left + Math.max(...rows.map((r) => r.length)) - 1 };
    model.guard(sheet, rect, "value");
    rows.forEach((line, i) => line.forEach((v, j) => model.write(sheet, top + i, left + j, v)));
    model.recalc();
    model.changed(sheet, rect);
  };
  return {
    /** Types one value (or `=formula`) in a cell, as the officer would; locked cells on a protected sheet refuse. */
    type: (sheet: string, address: string, value: unknown) => edit(sheet, address, [[value]]),
    /** Pastes a block of values with its top-left cell at `address`. */
    paste: (sheet: string, address: string, rows: unknown[][]) => edit(sheet, address, rows),
    /** Types many cells of one sheet at once (`{ D10: 83, E10: 19 }`), one change event like a paste. */
    fill: (sheetName: string, cells: Record<string, unknown>) => {
      const sheet = model.sheet(sheetName);
      const rects = Object.keys(cells).map((a) => parseRect(a));
      for (const r of rects) model.guard(sheet, r, "value");
      for (const [address, value] of Object.entries(cells)) {
        const { top, left } = parseRect(address);
        model.write(sheet, top, left, value);
      }
      model.recalc();
      const box = {
        top: Math.min(...rects.map((r) => r.top)),
        left: Math.min(...rects.map((r) => r.left)),
        bottom: Math.max(...rects.map((r) => r.bottom)),
        right: Math.max(...rects.map((r) => r.right)),
      };
      model.changed(sheet, box);
    },
    /** Changes a cell's format by hand (fires onChanged, as Excel does). */
    format: (sheet: string, address: string, change: { numberFormat?: string; fill?: string }) => {
      const s = model.sheet(sheet);
      const rect = parseRect(address);
      model.guard(s, rect, "format");
      const c = model.cell(s, rect.top, rect.left);
      if (change.numberFormat) c.numberFormat = change.numberFormat;
      if (change.fill) c.format.fill = change.fill;
      model.changed(s, rect);
    },
    /** Review › Protect Sheet, optionally with a password (no change event, as in Excel). */
    protect: (sheet: string, options: Record<string, unknown>, password?: string) => {
      model.sheet(sheet).protection = { protected: true, options: { ...options }, ...(password ? { password } : {}) };
    },
    /** Which calls cleared the officer's undo history since the workbook opened (empty: Ctrl+Z still works). */
    undoCleared: () => [...model.undoCleared],
    /** Forgets past clears, e.g. after the annexes were created on the officer's request. */
    resetUndo: () => {
      model.undoCleared.length = 0;
    },
    /** Review › Unprotect Sheet (no password). */
    unprotect: (sheet: string) => {
      model.sheet(sheet).protection = { protected: false, options: {} };
    },
    cell: (sheet: string, address: string) => {
      const s = model.sheet(sheet);
      const { top, left } = parseRect(address);
      const c = model.peek(s, top, left);
      return c
        ? {
            value: c.value,
            formula: c.formula,
            numberFormat: c.numberFormat,
            locked: c.locked,
            fill: c.format.fill ?? null,
            validation: c.validation ?? null,
            font: c.format.font ?? null,
          }
        : null;
    },
    sheet: (name: string) => {
      const s = model.sheet(name);
      return {
        name: s.name,
        visibility: s.visibility,
        protection: s.protection,
        merges: s.merges.length,
        tabColor: s.tabColor,
        pageLayout: s.pageLayout,
        columnWidths: Object.fromEntries(s.columnWidths),
      };
    },
    sheets: () => model.sheets.map((s) => ({ name: s.name, visibility: s.visibility })),
    selection: () => {
      const sel = model.selection;
      const sheet = model.sheets.find((s) => s.id === sel?.sheetId);
      return sel && sheet ? { sheet: sheet.name, address: sel.address } : null;
    },
    activeSheet: () => model.sheets.find((s) => s.id === model.activeSheetId)?.name ?? null,
    settings: () => Object.fromEntries(model.settings),
    stats: () => ({ ...stats }),
    listeners: () => model.listeners.length,
    snapshot: () => serialize(model),
    cellName,
  };
}
