import {
  cellKey,
  canonical,
  isJustifiable,
  justificationRule,
  normalizeCellReference,
  readCell,
  type Catalogue,
  type Finding,
  type Justification,
  type Submission,
} from "@phuluc/core";
import { findingCell } from "./finding-cells.js";

/** The value the unit's file holds at a finding's cell, canonical. */
function valueAt(catalogue: Catalogue, submission: Submission, finding: Finding): string | undefined {
  const { annex: code, row, column } = finding.path;
  const spec = code && row && column !== undefined ? catalogue.annex(code)?.index.cell(row, column) : undefined;
  const cell = spec ? submission.annexes[code as string]?.cells[cellKey(spec.row.code, spec.column.number)] : undefined;
  if (!spec || !cell) return undefined;
  const read = readCell(cell.numberFormat === undefined ? { value: cell.value } : { value: cell.value, numberFormat: cell.numberFormat }, spec.kind);
  return read.ok && !read.read.empty ? canonical(read.read.value) : undefined;
}

/**
 * The lines of the feedback workbook's sheet "Giải trình": the unit's own
 * justifications as read (those that matched a warning now name the
 * template's cell), then one line per open warning with its cell, rule and
 * value filled in and the text left for the unit to write.
 */
export function justificationLines(
  catalogue: Catalogue,
  submission: Submission,
  findings: readonly Finding[],
  cache: Map<string, ReadonlyMap<string, string>>,
): Justification[] {
  const templateCell = (f: Finding) => {
    const where = findingCell(catalogue, f, cache);
    return where ? `${where.sheet}!${where.address}` : undefined;
  };
  const justified = new Map<string, string>();
  for (const f of findings) {
    const cell = f.justification && f.path.cell ? templateCell(f) : undefined;
    if (!cell) continue;
    justified.set(`${normalizeCellReference(f.path.cell as string)} ${justificationRule(f)}`, cell);
    justified.set(`${normalizeCellReference(f.path.cell as string)} `, cell);
  }
  const lines: Justification[] = (submission.justifications ?? []).map(({ at: _at, ...j }) => {
    const moved = justified.get(`${normalizeCellReference(j.cell)} ${j.rule.trim()}`);
    return moved ? { ...j, cell: moved } : j;
  });
  for (const f of findings) {
    if (!isJustifiable(f) || f.justification) continue;
    const cell = templateCell(f);
    if (!cell) continue;
    const value = valueAt(catalogue, submission, f);
    lines.push({ cell, rule: justificationRule(f), text: "", ...(value === undefined ? {} : { value }) });
  }
  return lines;
}
