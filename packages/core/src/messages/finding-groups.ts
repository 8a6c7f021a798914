import type { Catalogue } from "../catalogue/catalogue.js";
import type { Finding } from "../finding/finding.js";
import { isJustifiable } from "../justification/justification-key.js";
import { capitalised } from "../view/capitalised.js";
import { formatFinding } from "./format-finding.js";
import { locationInAnnex } from "./location.js";

/**
 * Findings as a list grouped by annex, in the words the Excel add-in and the
 * web page both show (one rendering, two screens). Vietnamese.
 */
const WORDS = {
  general: "Chung",
  emptyCells: (n: number) => `Còn ${n} ô bắt buộc chưa nhập số liệu`,
  emptyCellsHint: (first: string) => `Bấm để đến ô đầu tiên (${first}). Nếu không có số liệu thì ghi 0.`,
};

/** One line of the findings list. */
export interface FindingItem {
  severity: "error" | "warning";
  /** Where, as the form says it: `Mã số 01, cột (3)`. */
  where: string;
  /** The message without its location prefix. */
  message: string;
  /** The cell to select when clicked. */
  target?: { sheet: string; address: string };
  /** Core finding code; `cell.required` items stand for several findings. */
  code: string;
  /** How many findings the item stands for. */
  count: number;
  /** An open warning at a cell, which the officer may justify (never an error). */
  justifiable?: Finding;
  /** The unit's text, when the warning is justified ("đã giải trình"). */
  justification?: string;
}

export interface FindingGroup {
  /** Annex code, or empty for findings about the whole workbook. */
  annex: string;
  /** `PL01. Quy hoạch cán bộ`. */
  title: string;
  /** `Quy hoạch cán bộ`, or "Chung". */
  name: string;
  errors: number;
  warnings: number;
  items: FindingItem[];
}

function target(cell: string | undefined): FindingItem["target"] {
  if (!cell) return undefined;
  const bang = cell.lastIndexOf("!");
  if (bang <= 0) return undefined;
  return { sheet: cell.slice(0, bang).replace(/^'|'$/g, ""), address: cell.slice(bang + 1) };
}

function itemOf(finding: Finding, catalogue: Catalogue): FindingItem {
  const to = target(finding.path.cell);
  return {
    severity: finding.severity,
    where: locationInAnnex(finding.path, to?.address),
    message: capitalised(formatFinding(finding, { catalogue, withoutLocation: true })),
    ...(to ? { target: to } : {}),
    code: finding.code,
    count: 1,
    ...(finding.justification ? { justification: finding.justification.text } : isJustifiable(finding) ? { justifiable: finding } : {}),
  };
}

/**
 * Groups findings by annex, in catalogue order, for the list: each annex
 * with its counts, the empty required cells folded into one line (a fresh
 * form has dozens), everything else one line per finding.
 */
export function findingGroups(findings: readonly Finding[], catalogue: Catalogue): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  const group = (annex: string): FindingGroup => {
    let g = groups.get(annex);
    if (!g) {
      const name = annex ? (catalogue.annex(annex)?.title ?? "") : WORDS.general;
      const title = annex ? `${annex}. ${name}`.trim() : name;
      groups.set(annex, (g = { annex, title, name, errors: 0, warnings: 0, items: [] }));
    }
    return g;
  };
  const empty = new Map<string, Finding[]>();
  for (const f of findings) {
    const g = group(f.path.annex ?? "");
    if (f.severity === "error") g.errors++;
    else if (!f.justification) g.warnings++;
    if (f.code === "cell.required") {
      empty.set(g.annex, [...(empty.get(g.annex) ?? []), f]);
      continue;
    }
    g.items.push(itemOf(f, catalogue));
  }
  for (const [annex, list] of empty) {
    const first = list[0];
    const to = target(first?.path.cell);
    group(annex).items.push({
      severity: "error",
      where: WORDS.emptyCells(list.length),
      message: WORDS.emptyCellsHint(to?.address ?? ""),
      ...(to ? { target: to } : {}),
      code: "cell.required",
      count: list.length,
    });
  }
  const order = new Map(catalogue.annexes.map((a, i) => [a.code, i]));
  return [...groups.values()].sort((a, b) => (order.get(a.annex) ?? -1) - (order.get(b.annex) ?? -1));
}
