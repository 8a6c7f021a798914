/** Report period kinds: first half-year (`6 tháng đầu năm`), year (`năm`), quarter (`quý`). */
export type PeriodKind = "H1" | "Y" | "Q";

export type Quarter = 1 | 2 | 3 | 4;

/** A report period with its calendar span (ISO dates, both inclusive). */
export interface Period {
  /** Canonical id: `2022-H1`, `2022-Y`, `2023-Q1` … `2023-Q4`. */
  readonly id: string;
  readonly year: number;
  readonly kind: PeriodKind;
  /** Only for kind `Q`. */
  readonly quarter?: Quarter;
  /** First day, e.g. `2022-01-01`. */
  readonly start: string;
  /** Last day, e.g. `2022-06-30`. The period end decides which unit registry applies. */
  readonly end: string;
}
