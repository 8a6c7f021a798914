import type { FindingCode } from "../finding/finding-code.js";
import type { FormulaPartsByKind, LineRuleKindName, RuleFindingCode, RuleKindsByCode } from "../finding/rule-finding-params.js";
import type { Decimal } from "../numbers/index.js";
import type { CellKey } from "./line-ref.js";
import type { RuleLocale } from "./line-text.js";
import type { InstanceOf } from "./rule-instance.js";
import type { Rule, RuleKind } from "./rule-schema.js";

/** The declared rule of each kind. */
export type RuleByKind = { [K in RuleKind]: Extract<Rule, { kind: K }> };

/** Kinds of rule that name single cells, checked once per annex rather than line by line. */
export type CellRuleKindName = Exclude<RuleKind, LineRuleKindName>;

/** The line rule kind's codes: those only rules of that kind raise. */
export type CodeOfKind<K extends LineRuleKindName> = { [C in RuleFindingCode]: RuleKindsByCode[C] extends K ? C : never }[RuleFindingCode];

/** What every kind of rule says about itself to the annex's structure checks and to validation. */
export interface RuleKindFacts<R extends Rule> {
  /** Lines (`r01`, `c2`) the rule names, and the lines of the other axis it applies in: they must exist, on one axis each. */
  lines(rule: R): { main: readonly string[]; cross: readonly string[] };
  /** Cells of the annex (`r01.c1`) the rule names: they must exist. */
  cells(rule: R): readonly string[];
  /** Cells of any annex (`PL04.r02.c1`) the rule names: they must exist in the catalogue. */
  annexCells(rule: R): readonly string[];
  /** What the schema cannot check of one declaration, as Vietnamese issues. */
  issues(rule: R): readonly string[];
  /** Cells (`r01.c1`) a unit's validation reads from the previous period. */
  previousCells(rule: R): readonly string[];
}

/** How a derived cell's figure is computed and written in Excel, for a kind whose target a form fills by formula. */
export interface Derivation<K extends LineRuleKindName> {
  /**
   * The target's figure from the totals of its operands' figures (`total`
   * gives undefined when a figure is missing): undefined leaves it unset,
   * null is no value (a percentage of a whole of 0). Keys are resolved once.
   */
  compute(instance: InstanceOf<K>, decimals: number): (total: (keys: readonly string[]) => Decimal | undefined) => Decimal | null | undefined;
  /** The Excel formula of the target, without `=`. */
  excel(instance: InstanceOf<K>, sumOf: (cells: readonly CellKey[]) => string, addressOf: (cell: CellKey) => string, decimals: number): string;
}

/** A kind of rule checked line by line: `01 = 02 + 03` in each column. */
export interface LineRuleKind<K extends LineRuleKindName> extends RuleKindFacts<RuleByKind[K]> {
  readonly line: true;
  /** The finding code of a rule that does not hold. */
  readonly code: CodeOfKind<K>;
  /** The formula as forms print it, the same in every locale. */
  formula(rule: RuleByKind[K]): string;
  /** The formula's rows or columns, as printed, for messages. */
  parts(rule: RuleByKind[K]): FormulaPartsByKind[K];
  /** The line that sets the rule's section and axis. */
  anchor(rule: RuleByKind[K]): string;
  /** Whether it adds figures: where `in` is not given it skips crossings of percentage cells, which are never added. */
  readonly additive: boolean;
  /** The rule at one crossing line, `cell` giving the cell of a line there. */
  instance(rule: RuleByKind[K], cell: (ref: string) => CellKey): InstanceOf<K>;
  /** Every cell an instance reads, its target first. */
  cellsOf(instance: InstanceOf<K>): CellKey[];
  /** Present when the target may be derived (`derived: true`). */
  readonly derivation?: Derivation<K>;
}

/** A kind of rule on named cells: across annexes, against the previous period, a target range. */
export interface CellRuleKind<K extends CellRuleKindName> extends RuleKindFacts<RuleByKind[K]> {
  readonly line: false;
  readonly code: FindingCode;
  /** The legend sentence printed under a form; `national` and `warn` are the marks of the level and severity. */
  legend(rule: RuleByKind[K], locale: RuleLocale, marks: { national: string; warn: string }): string;
}

/** The table entry of kind `K`. */
export type RuleKindEntry<K extends RuleKind> = K extends LineRuleKindName ? LineRuleKind<K> : K extends CellRuleKindName ? CellRuleKind<K> : never;
