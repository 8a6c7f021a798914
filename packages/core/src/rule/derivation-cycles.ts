import type { SchemaIssue } from "../errors/schema-error.js";
import { cellKey } from "./line-ref.js";
import { instanceCells, type DerivingInstance } from "./rule-instance.js";

const refOf = (key: string) => {
  const [row, column] = key.split(".");
  return `r${row}.c${column}`;
};

/**
 * Derived cells that end up computed from themselves (`r01 = r02 + r03`,
 * `r02 = r01 − r04`): one issue per cycle, naming its cells in order.
 */
export function derivationCycles(derivedBy: ReadonlyMap<string, DerivingInstance>): SchemaIssue[] {
  const inputsOf = (key: string) =>
    instanceCells(derivedBy.get(key)!)
      .slice(1)
      .map((c) => cellKey(c.row, c.column))
      .filter((k) => derivedBy.has(k));
  const state = new Map<string, "open" | "done">();
  const issues: SchemaIssue[] = [];
  const visit = (key: string, stack: string[]): void => {
    state.set(key, "open");
    stack.push(key);
    for (const next of inputsOf(key)) {
      if (state.get(next) === "open") {
        const cycle = [...stack.slice(stack.indexOf(next)), next].map(refOf);
        issues.push({ path: `rules`, message: `vòng lặp giữa các ô được tính: ${cycle.join(" → ")} (quy tắc ${derivedBy.get(next)!.rule.id})` });
      } else if (!state.has(next)) visit(next, stack);
    }
    stack.pop();
    state.set(key, "done");
  };
  for (const key of derivedBy.keys()) if (!state.has(key)) visit(key, []);
  return issues;
}
