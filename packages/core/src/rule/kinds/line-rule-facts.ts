import type { Rule } from "../rule-schema.js";

/** What a line rule names besides its lines: nothing; `in`, when given, lists its crossing lines. */
export function lineRuleFacts<R extends Extract<Rule, { in?: string[] | undefined }>>(main: (rule: R) => readonly string[]) {
  return {
    lines: (rule: R) => ({ main: main(rule), cross: rule.in ?? [] }),
    cells: (): readonly string[] => [],
    annexCells: (): readonly string[] => [],
    issues: (): readonly string[] => [],
    previousCells: (): readonly string[] => [],
  };
}
