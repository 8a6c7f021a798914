/** A rule on named cells names no lines; `cells` are those it names in its own annex. */
export function cellRuleFacts<R>(cells: (rule: R) => readonly string[]) {
  return {
    lines: () => ({ main: [] as readonly string[], cross: [] as readonly string[] }),
    cells,
  };
}
