import type { AnnexSchemaData } from "../annex/annex-schema.js";
import type { AnnexIndex } from "../annex/annex-index.js";
import { cross, parseLine, type CellKey, type Line } from "./line-ref.js";
import type { Rule } from "./rule-schema.js";
import { instanceCells, type RuleInstance } from "./rule-instance.js";
import { SchemaError } from "../errors/schema-error.js";

type LineRule = Extract<Rule, { kind: "sum" | "difference" | "compare" | "percentage" }>;

export function isLineRule(rule: Rule): rule is LineRule {
  return rule.kind === "sum" || rule.kind === "difference" || rule.kind === "compare" || rule.kind === "percentage";
}

/** The first line a rule names; its section is the rule's section. */
function anchorLine(rule: LineRule): Line {
  switch (rule.kind) {
    case "compare":
      return parseLine(rule.left[0] ?? "");
    default:
      return parseLine(rule.target);
  }
}

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

function build(rule: LineRule, at: Line): RuleInstance {
  const cell = (ref: string): CellKey => cross(parseLine(ref), at);
  switch (rule.kind) {
    case "sum":
      return { rule, target: cell(rule.target), parts: rule.parts.map(cell) };
    case "difference":
      return { rule, target: cell(rule.target), minuend: cell(rule.minuend), subtrahends: rule.subtrahends.map(cell) };
    case "compare":
      return {
        rule,
        left: rule.left.map(cell),
        right: typeof rule.right === "number" ? rule.right : rule.right.map(cell),
      };
    case "percentage":
      return { rule, target: cell(rule.target), part: rule.part.map(cell), whole: rule.whole.map(cell) };
  }
}

/**
 * Applies a line rule at each crossing line. Where `in` is not given, the
 * rule applies wherever all its cells exist; additive rules (sum,
 * difference, compare) skip crossings whose cells are percentages, because
 * percentages are never added.
 */
export function expandRule(annex: AnnexSchemaData, index: AnnexIndex, rule: LineRule): RuleInstance[] {
  const explicit = rule.in !== undefined;
  const crossLines = explicit ? (rule.in ?? []).map(parseLine) : defaultCrossLines(annex, index, anchorLine(rule));
  const out: RuleInstance[] = [];
  for (const at of crossLines) {
    const instance = build(rule, at);
    const specs = instanceCells(instance).map((c) => index.cell(c.row, c.column));
    if (specs.some((s) => s === undefined)) {
      if (explicit) throw new SchemaError(`Rule ${rule.id} is malformed`, [{ path: "", message: `quy tắc ${rule.id} nêu ô không có trong phụ lục tại ${JSON.stringify(at)}` }]);
      continue;
    }
    const additive = rule.kind !== "percentage";
    if (!explicit && additive && specs.some((s) => s?.kind === "percent")) continue;
    out.push(instance);
  }
  return out;
}
