import { OfficeMockObject } from "office-addin-mock";
import type { AnnexPlan } from "../workbook/annex-plan.js";
import type { RangeGrids } from "./annex-grids.js";

/** Calls the adapter made on the mock, to check it batches and never works cell by cell. */
export interface MockLog {
  syncs: number;
  getRange: string[];
  getRanges: string[];
  protect: string[];
  unprotect: string[];
  added: string[];
}

function recordingRange() {
  const format = {
    fill: { color: "", clear: () => undefined },
    font: { name: "", size: 0, bold: false, italic: false, underline: "", color: "" },
    borders: { getItem: () => ({ style: "", weight: "", color: "" }) },
    protection: { locked: true },
    horizontalAlignment: "",
    verticalAlignment: "",
    wrapText: false,
    indentLevel: 0,
    columnWidth: 0,
    rowHeight: 0,
  };
  return {
    format,
    dataValidation: { rule: {}, prompt: {}, errorAlert: {}, ignoreBlanks: true },
    values: [],
    numberFormat: [],
    formulas: [],
    merge: () => undefined,
    select: () => undefined,
    clear: () => undefined,
    load: () => undefined,
  };
}

/**
 * Excel as office-addin-mock objects: a workbook with the annex sheets and
 * their data ranges holding `grids`, every sheet protected like the forms.
 * `Excel.run` hands the mock context to the batch; `log.syncs` counts
 * `context.sync()` calls.
 */
export function mockExcel(plans: readonly AnnexPlan[], grids: ReadonlyMap<string, RangeGrids>, log: MockLog): { Excel: unknown } {
  const sheets: Record<string, unknown> = {};
  for (const plan of plans) {
    const data = grids.get(plan.code);
    sheets[`sheet:${plan.sheet}`] = {
      name: plan.sheet,
      protection: {
        protected: true,
        options: { allowFormatCells: true, allowFormatColumns: true, allowFormatRows: true, selectionMode: "Normal" },
        protect() {
          log.protect.push(plan.sheet);
        },
        unprotect() {
          log.unprotect.push(plan.sheet);
        },
      },
      [`range:${plan.range}`]: { values: data?.values ?? [], numberFormat: data?.numberFormat ?? [], valueTypes: data?.valueTypes ?? [], formulas: data?.formulas ?? [] },
      anyRange: recordingRange(),
      getRange(this: Record<string, unknown>, address: string) {
        log.getRange.push(`${plan.sheet}!${address}`);
        return this[`range:${address}`] ?? this.anyRange;
      },
      getRanges(this: Record<string, unknown>, address: string) {
        log.getRanges.push(`${plan.sheet}!${address}`);
        return this.anyRange;
      },
      activate: () => undefined,
    };
  }
  const mock = new OfficeMockObject({
    context: {
      workbook: {
        worksheets: {
          ...sheets,
          newSheet: {
            tabColor: "",
            showGridlines: true,
            visibility: "Visible",
            anyRange: recordingRange(),
            protection: { protect: () => undefined },
            pageLayout: { orientation: "", paperSize: "", zoom: {}, leftMargin: 0, rightMargin: 0, topMargin: 0, bottomMargin: 0, headerMargin: 0, footerMargin: 0, setPrintTitleRows: () => undefined },
            getRange(this: Record<string, unknown>, address: string) {
              log.getRange.push(`new!${address}`);
              return this.anyRange;
            },
            getRanges(this: Record<string, unknown>, address: string) {
              log.getRanges.push(`new!${address}`);
              return this.anyRange;
            },
            activate: () => undefined,
            delete: () => undefined,
          },
          add(this: Record<string, unknown>, name: string) {
            log.added.push(name);
            return this.newSheet;
          },
          getItem(this: Record<string, unknown>, name: string) {
            const sheet = this[`sheet:${name}`] ?? (log.added.includes(name) || name === "Sheet1" ? this.newSheet : undefined);
            if (!sheet) throw Object.assign(new Error(`no sheet ${name}`), { code: "ItemNotFound" });
            return sheet;
          },
        },
      },
    },
    run: async function (this: { context: unknown }, batch: (context: unknown) => Promise<unknown>) {
      return batch(this.context);
    },
  }) as unknown as { context: { sync(): Promise<void> } };
  const sync = mock.context.sync.bind(mock.context);
  mock.context.sync = async () => {
    log.syncs++;
    await sync();
  };
  return { Excel: mock };
}

export function emptyLog(): MockLog {
  return { syncs: 0, getRange: [], getRanges: [], protect: [], unprotect: [], added: [] };
}
