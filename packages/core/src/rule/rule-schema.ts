import * as z from "zod/mini";

/** A whole row (`r01`) or a whole column (`c2`), as `annexes.md` writes them. */
export const lineRefSchema = z.string().check(z.regex(/^(r\d{2}|c\d+)$/, "cần một dòng hoặc cột, ví dụ r01 hoặc c2"));
/** One cell of the same annex: `r01.c1`. */
export const cellRefSchema = z.string().check(z.regex(/^r\d{2}\.c\d+$/, "cần một ô, ví dụ r01.c1"));
/** One cell of any annex: `PL04.r02.c1`. */
export const annexCellRefSchema = z.string().check(z.regex(/^PL\d{2}\.r\d{2}\.c\d+$/, "cần một ô, ví dụ PL04.r02.c1"));

const base = {
  /** Stable id, e.g. `PL02.r01-sum`. */
  id: z.string().check(z.regex(/^PL\d{2}\.[a-z0-9.-]+$/, "mã quy tắc dạng PL02.r01-sum")),
  severity: z._default(z.enum(["error", "warning"]), "error").check(z.describe("Mức: error (lỗi, chặn tổng hợp) hoặc warning (cảnh báo)")),
  /** `unit`: checked on each unit's submission; `national`: on consolidated figures only; `all`: both. */
  level: z
    ._default(z.enum(["unit", "national", "all"]), "all")
    .check(z.describe("Cấp kiểm tra: unit (từng đơn vị), national (số liệu toàn quốc), all (cả hai)")),
  /**
   * What an empty operand means. `skip`: the rule is not evaluated where a
   * required operand is empty (the empty cell is reported on its own).
   * `zero`: empty operands count as 0. Optional rows always count as 0.
   */
  empty: z._default(z.enum(["skip", "zero"]), "skip").check(z.describe("Ô trống: skip (không kiểm tra quy tắc ở đó) hoặc zero (tính là 0)")),
  /** Report period kinds in which the rule applies; every period when absent. */
  periods: z.optional(z.array(z.enum(["H1", "Y", "Q"])).check(z.minLength(1))).check(z.describe("Kỳ áp dụng; khi vắng: mọi kỳ")),
};

const lines = z.array(lineRefSchema).check(z.minLength(1));
const optionalLines = z
  .optional(lines)
  .check(z.describe("Các dòng/cột áp dụng theo chiều kia; khi vắng: mọi dòng/cột, trừ ô tỷ lệ % với quy tắc cộng, so sánh"));

/** target = sum of parts, in each line of `in` (default: every line). */
export const sumRuleSchema = z.strictObject({
  ...base,
  kind: z.literal("sum"),
  target: lineRefSchema,
  parts: lines,
  in: optionalLines,
  /** The template fills the target with a formula. */
  derived: z.boolean().check(z.describe("true: biểu mẫu điền ô đích bằng công thức")),
});

/** target = minuend − subtrahends. */
export const differenceRuleSchema = z.strictObject({
  ...base,
  kind: z.literal("difference"),
  target: lineRefSchema,
  minuend: lineRefSchema,
  subtrahends: lines,
  in: optionalLines,
  derived: z.boolean().check(z.describe("true: biểu mẫu điền ô đích bằng công thức")),
});

/** sum(left) op sum(right), or sum(left) op a constant. */
export const compareRuleSchema = z.strictObject({
  ...base,
  kind: z.literal("compare"),
  left: lines,
  op: z.enum(["<=", ">=", "="]),
  right: z.union([lines, z.int()]),
  in: optionalLines,
});

/** target = sum(part) / sum(whole) × 100, stated with its written decimals. */
export const percentageRuleSchema = z.strictObject({
  ...base,
  kind: z.literal("percentage"),
  target: lineRefSchema,
  part: lines,
  whole: lines,
  in: optionalLines,
  derived: z.boolean().check(z.describe("true: biểu mẫu điền ô đích bằng công thức")),
});

/** One cell against a cell of another annex of the same submission. */
export const crossAnnexRuleSchema = z.strictObject({
  ...base,
  kind: z.literal("cross-annex"),
  left: annexCellRefSchema,
  op: z.enum(["<=", ">=", "="]),
  right: annexCellRefSchema,
});

/** Period over period: a cell changing by more than the limit is flagged. */
export const changeLimitRuleSchema = z.strictObject({
  ...base,
  kind: z.literal("change-limit"),
  cells: z.array(cellRefSchema).check(z.minLength(1)),
  maxChangePercent: z.number().check(z.positive()),
});

/** A derived ratio sum(part)/sum(whole)×100 that should lie in [min, max]. */
export const targetRangeRuleSchema = z.strictObject({
  ...base,
  kind: z.literal("target-range"),
  /** Name of the indicator as reports say it, e.g. `tỷ lệ kết nạp đảng viên mới`. */
  indicator: z.string().check(z.minLength(1)),
  part: z.array(cellRefSchema).check(z.minLength(1)),
  whole: z.array(cellRefSchema).check(z.minLength(1)),
  min: z.optional(z.number()),
  max: z.optional(z.number()),
  /** The cell a finding points at (the percentage printed on the form), when there is one. */
  at: z.optional(cellRefSchema),
});

export const ruleSchema = z.discriminatedUnion("kind", [
  sumRuleSchema,
  differenceRuleSchema,
  compareRuleSchema,
  percentageRuleSchema,
  crossAnnexRuleSchema,
  changeLimitRuleSchema,
  targetRangeRuleSchema,
]);

export type RuleInput = z.input<typeof ruleSchema>;
export type Rule = z.output<typeof ruleSchema>;
export type RuleKind = Rule["kind"];
export type SumRule = z.output<typeof sumRuleSchema>;
export type DifferenceRule = z.output<typeof differenceRuleSchema>;
export type CompareRule = z.output<typeof compareRuleSchema>;
export type PercentageRule = z.output<typeof percentageRuleSchema>;
export type CrossAnnexRule = z.output<typeof crossAnnexRuleSchema>;
export type ChangeLimitRule = z.output<typeof changeLimitRuleSchema>;
export type TargetRangeRule = z.output<typeof targetRangeRuleSchema>;
