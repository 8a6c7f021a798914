import type { Finding } from "../finding/finding.js";

/** `'PL04'!$D$10` or `pl04!d10` → `PL04!D10`: cells compare after this. */
export function normalizeCellReference(reference: string): string {
  const text = reference.normalize("NFC").trim();
  const bang = text.lastIndexOf("!");
  const sheet =
    bang < 0
      ? ""
      : text
          .slice(0, bang)
          .trim()
          .replace(/^'(.*)'$/, "$1")
          .replace(/''/g, "'");
  const address = text
    .slice(bang + 1)
    .replace(/\$/g, "")
    .trim()
    .toUpperCase();
  return sheet ? `${sheet.toUpperCase()}!${address}` : address;
}

/** What a justification names as the warning's rule: the rule id, else the finding's code. */
export function justificationRule(finding: Finding): string {
  return finding.rule ?? finding.code;
}

/** A warning at a cell, from validation (not one about a justification itself), can be justified. */
export function isJustifiable(finding: Finding): boolean {
  return finding.severity === "warning" && finding.path.cell !== undefined && !finding.code.startsWith("justification.");
}
