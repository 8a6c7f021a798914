/** One problem in a registry or grouping file, located by its JSON path. */
export interface RegistryIssue {
  /** JSON path, e.g. `units[3].code`. */
  readonly path: string;
  /** Vietnamese explanation. */
  readonly message: string;
}

const MAX_LISTED = 20;

function describe(heading: string, issues: readonly RegistryIssue[]): string {
  const lines = issues.slice(0, MAX_LISTED).map((i) => `- ${i.path}: ${i.message}`);
  if (issues.length > MAX_LISTED) lines.push(`- … và ${issues.length - MAX_LISTED} lỗi khác`);
  return `${heading}:\n${lines.join("\n")}`;
}

/**
 * A unit registry file (or its use) is wrong. This is misuse, not workbook
 * data: it is thrown, and its message names the JSON path of every problem.
 */
export class RegistryError extends Error {
  override name = "RegistryError";
  readonly issues: readonly RegistryIssue[];

  constructor(heading: string, issues: readonly RegistryIssue[]) {
    super(describe(heading, issues));
    this.issues = issues;
  }
}

/** A custom grouping file is wrong (unknown unit names, duplicates …). */
export class GroupingError extends RegistryError {
  override name = "GroupingError";
}
