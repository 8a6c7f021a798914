import type { CellKey } from "../rule/line-ref.js";
import { InternalError } from "../errors/internal-error.js";
import type { DerivingInstance } from "../rule/rule-instance.js";
import { lineRuleKind } from "../rule/rule-kinds.js";

type AddressOf = (cell: CellKey) => string;

/** `SUM(D10:D15)` for contiguous cells of one column or row, `SUM(D8,D16,D17)` otherwise. */
function sumOf(cells: readonly CellKey[], addressOf: AddressOf): string {
  const addresses = cells.map(addressOf);
  if (addresses.length === 1) return addresses[0] ?? "";
  const parsed = addresses.map((a) => /^([A-Z]+)(\d+)$/.exec(a));
  const sameColumn = parsed.every((m) => m?.[1] === parsed[0]?.[1]);
  const rows = parsed.map((m) => Number(m?.[2]));
  const contiguous = sameColumn && rows.every((r, i) => i === 0 || r === (rows[i - 1] ?? 0) + 1);
  return contiguous ? `SUM(${addresses[0]}:${addresses[addresses.length - 1]})` : `SUM(${addresses.join(",")})`;
}

/**
 * The Excel formula of a derived cell, as its rule's kind writes it: a
 * percentage is empty while its whole is 0 or blank, and is rounded (half
 * away from zero, as ROUND does, which is half up for these non-negative
 * figures) to the cell's default decimals.
 */
export function excelFormula(instance: DerivingInstance, addressOf: AddressOf, decimals: number): string {
  const derivation = lineRuleKind(instance.rule).derivation;
  if (!derivation) throw new InternalError(`rule ${instance.rule.id} derives a cell but its kind has no derivation`);
  return derivation.excel(instance, (cells) => sumOf(cells, addressOf), addressOf, decimals);
}
