import { figureLayout, type FileRead } from "@phuluc/consolidate";
import { cellKey, localNumber, type Catalogue, type Finding } from "@phuluc/core/runtime";
import { el } from "../page/dom.js";
import { T } from "../texts.js";

/** The worst severity of the findings on each cell `row.column` of an annex. */
function marks(findings: readonly Finding[], annex: string): Map<string, "error" | "warning"> {
  const out = new Map<string, "error" | "warning">();
  for (const f of findings) {
    if (f.path.annex !== annex || f.path.row === undefined || f.path.column === undefined) continue;
    const key = cellKey(f.path.row, f.path.column);
    if (out.get(key) !== "error") out.set(key, f.severity);
  }
  return out;
}

/** One annex of a unit's file as read: its rows and columns, figures in Vietnamese notation, cells with findings marked. */
export function annexTable(read: FileRead, annexCode: string, catalogue: Catalogue): HTMLTableElement | undefined {
  const annex = catalogue.annex(annexCode);
  const place = figureLayout(catalogue).annexes.get(annexCode);
  if (!annex || !place || !read.figures) return undefined;
  const marked = marks(read.findings, annexCode);
  const rows = new Map<string, { label: string; cells: Map<number, number> }>();
  const columns = new Map<number, string>();
  annex.index.cells.forEach((spec, i) => {
    const row = rows.get(spec.row.code) ?? rows.set(spec.row.code, { label: spec.row.label, cells: new Map() }).get(spec.row.code);
    columns.set(spec.column.number, `(${spec.column.number})`);
    row?.cells.set(spec.column.number, read.figures?.[place.start + i] ?? Number.NaN);
  });
  const numbers = [...columns.keys()].sort((a, b) => a - b);
  const head = el(
    "tr",
    {},
    el("th", { scope: "col" }, "Mã số"),
    el("th", { scope: "col" }, T.rowHeader),
    ...numbers.map((n) => el("th", { scope: "col" }, columns.get(n))),
  );
  const body = [...rows].map(([code, row]) =>
    el(
      "tr",
      {},
      el("td", {}, code),
      el("th", { scope: "row" }, row.label),
      ...numbers.map((n) => {
        const v = row.cells.get(n);
        const mark = marked.get(cellKey(code, n));
        const text = v === undefined || Number.isNaN(v) ? "" : localNumber(String(v), "vi");
        return el("td", { ...(mark ? { class: `cell--${mark}`, "data-mark": mark } : {}), "data-key": cellKey(code, n) }, text);
      }),
    ),
  );
  return el(
    "table",
    { class: "annex", "data-annex": annexCode },
    el("caption", {}, T.tableCaption(`${annexCode}. ${annex.title}`)),
    el("thead", {}, head),
    el("tbody", {}, ...body),
  );
}
