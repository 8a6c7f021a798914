import type { AnnexSchemaData } from "./annex-schema.js";
import { indexAnnex, type AnnexIndex } from "./annex-index.js";
import type { Annex } from "./annex.js";
import { SchemaError, type SchemaIssue } from "../errors/schema-error.js";
import { expandRule } from "../rule/expand-rule.js";
import { isLineRule, ruleKind } from "../rule/rule-kinds.js";
import { cellKey, parseCell, parseLine } from "../rule/line-ref.js";
import { isDeriving, type DerivingInstance, type RuleInstance } from "../rule/rule-instance.js";
import { plausibilityIssues } from "../plausibility/plausibility-issues.js";

function checkStructure(data: AnnexSchemaData, index: AnnexIndex): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const seenRows = new Set<string>();
  data.sections.forEach((section, s) => {
    const seenColumns = new Set<number>();
    section.columns.forEach((column, c) => {
      if (seenColumns.has(column.number)) issues.push({ path: `sections[${s}].columns[${c}].number`, message: `cột (${column.number}) bị trùng` });
      seenColumns.add(column.number);
    });
    section.rows.forEach((row, r) => {
      if (seenRows.has(row.code)) issues.push({ path: `sections[${s}].rows[${r}].code`, message: `mã số ${row.code} bị trùng` });
      seenRows.add(row.code);
    });
  });
  const seenIds = new Set<string>();
  data.rules.forEach((rule, i) => {
    const at = `rules[${i}]`;
    if (seenIds.has(rule.id)) issues.push({ path: `${at}.id`, message: `mã quy tắc ${rule.id} bị trùng` });
    seenIds.add(rule.id);
    if (!rule.id.startsWith(`${data.code}.`)) issues.push({ path: `${at}.id`, message: `mã quy tắc phải bắt đầu bằng ${data.code}.` });
    const kind = ruleKind(rule);
    const { main, cross } = kind.lines(rule);
    const axes = new Set(main.map((ref) => parseLine(ref).axis));
    if (axes.size > 1) issues.push({ path: at, message: "quy tắc trộn dòng và cột; dùng `in` cho chiều còn lại" });
    for (const ref of cross) {
      if (axes.has(parseLine(ref).axis)) issues.push({ path: `${at}.in`, message: `${ref} cùng chiều với các dòng/cột của quy tắc` });
    }
    for (const ref of [...main, ...cross]) {
      const line = parseLine(ref);
      const exists =
        line.axis === "row" ? index.rowSection(line.row) !== undefined : data.sections.some((s) => s.columns.some((c) => c.number === line.column));
      if (!exists) issues.push({ path: at, message: `${ref} không có trong ${data.code}` });
    }
    const rowSections = new Set(
      main
        .filter((ref) => ref.startsWith("r"))
        .map((ref) => index.rowSection(ref.slice(1))?.sectionIndex)
        // A row that does not exist is reported above, not as another section.
        .filter((s) => s !== undefined),
    );
    if (rowSections.size > 1) issues.push({ path: at, message: "các dòng của một quy tắc phải cùng một phần" });
    for (const ref of kind.cells(rule)) {
      const cell = parseCell(ref);
      if (!index.cell(cell.row, cell.column)) issues.push({ path: at, message: `${ref} không có trong ${data.code}` });
    }
    for (const message of kind.issues(rule)) issues.push({ path: at, message });
  });
  issues.push(...plausibilityIssues(data.code, data.plausibility, index, seenIds));
  return issues;
}

/**
 * Builds an annex's lookups and rule instances from data already checked
 * against the annex schema (by `loadAnnex`, or for the shipped catalogues
 * when the package is built), checking what the schema cannot: duplicate
 * codes, lines and cells named by rules, rule expansion. `what` heads the
 * SchemaError listing every problem. `percentDecimals`: the catalogue's
 * decimals of a percentage cell that declares none; `check: false` is for the
 * shipped catalogues only, whose structure their tests check.
 */
export function buildAnnex(
  data: AnnexSchemaData,
  version: string | undefined,
  what: string,
  options: { percentDecimals?: number; check?: boolean } = {},
): Annex {
  const index = indexAnnex(data, options.percentDecimals);
  const issues = options.check === false ? [] : checkStructure(data, index);
  if (issues.length > 0) throw new SchemaError(what, issues);

  const instances: RuleInstance[] = [];
  const derivedBy = new Map<string, DerivingInstance>();
  data.rules.forEach((rule, i) => {
    if (!isLineRule(rule)) return;
    let expanded: RuleInstance[];
    try {
      expanded = expandRule(data, index, rule);
    } catch (error) {
      // Only a malformed declaration is the annex's problem; anything else is a fault of the program.
      if (!(error instanceof SchemaError)) throw error;
      issues.push(...error.issues.map((issue) => ({ path: `rules[${i}]`, message: issue.message })));
      return;
    }
    if (expanded.length === 0) issues.push({ path: `rules[${i}]`, message: `quy tắc ${rule.id} không áp dụng cho ô nào` });
    for (const instance of expanded) {
      instances.push(instance);
      if (!isDeriving(instance)) continue;
      const key = cellKey(instance.target.row, instance.target.column);
      if (derivedBy.has(key)) issues.push({ path: `rules[${i}]`, message: `ô r${instance.target.row}.c${instance.target.column} được tính bởi hai quy tắc` });
      derivedBy.set(key, instance);
    }
  });
  if (version === undefined) issues.push({ path: "version", message: "phụ lục ngoài danh mục cần ghi phiên bản" });
  if (issues.length > 0) throw new SchemaError(what, issues);
  return Object.freeze({ ...data, version: version ?? "", index, instances, derivedBy });
}
