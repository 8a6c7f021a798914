/** One problem in a malformed schema, with the JSON path where it sits. */
export interface SchemaIssue {
  path: string;
  message: string;
}

/**
 * Thrown when an annex schema or catalogue is malformed. This is misuse by a
 * developer (or a corrupt data file), never a finding about figures.
 */
export class SchemaError extends Error {
  override readonly name = "SchemaError";
  readonly issues: readonly SchemaIssue[];

  constructor(what: string, issues: readonly SchemaIssue[]) {
    super(`${what}:\n${issues.map((i) => `  - ${i.path || "(root)"}: ${i.message}`).join("\n")}`);
    this.issues = issues;
  }
}
