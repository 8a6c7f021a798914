import type { AnnexSchemaData } from "../annex/annex-schema.js";
import type { AnnexIndex } from "../annex/annex-index.js";
import { cross, parseLine, type CellKey, type Line } from "./line-ref.js";
import { instanceCells, type RuleInstance } from "./rule-instance.js";
import { lineRuleKind, type LineRule } from "./rule-kinds.js";
import { SchemaError } from "../errors/schema-error.js";

/** Lines of the other axis that the rule applies in, when `in` is not given. */
function defaultCrossLines(annex: AnnexSchemaData, index: AnnexIndex, anchor: Line): Line[] {
  if (anchor.axis === "row") {
    const found = index.rowSection(anchor.row);
    return (found?.section.columns ?? []).map((c) => ({ axis: "column", column: c.number }) as Line);
  }
  // A column rule applies in every row of the sections that have the column.
  const rows: Line[] = [];
  for (const section of annex.sections) {
    if (!section.columns.some((c) => c.number === anchor.column)) continue;
    for (const row of section.rows) rows.push({ axis: "row", row: row.code });
  }
  return rows;
}

/**
 * Applies a line rule at each crossing line. Where `in` is not given, the
 * rule applies wherever all its cells exist; additive rules (sum,
 * difference, compare) skip crossings whose cells are percentages, because
 * percentages are never added.
 */
export function expandRule(annex: AnnexSchemaData, index: AnnexIndex, rule: LineRule): RuleInstance[] {
  const kind = lineRuleKind(rule);
  const explicit = rule.in !== undefined;
  // The first line a rule names: its section is the rule's section.
  const crossLines = explicit ? (rule.in ?? []).map(parseLine) : defaultCrossLines(annex, index, parseLine(kind.anchor(rule)));
  const out: RuleInstance[] = [];
  for (const at of crossLines) {
    const instance = kind.instance(rule, (ref: string): CellKey => cross(parseLine(ref), at));
    const specs = instanceCells(instance).map((c) => index.cell(c.row, c.column));
    if (specs.some((s) => s === undefined)) {
      if (explicit)
        throw new SchemaError(`Rule ${rule.id} is malformed`, [
          { path: "", message: `quy tắc ${rule.id} nêu ô không có trong phụ lục tại ${JSON.stringify(at)}` },
        ]);
      continue;
    }
    if (!explicit && kind.additive && specs.some((s) => s?.kind === "percent")) continue;
    out.push(instance);
  }
  return out;
}
