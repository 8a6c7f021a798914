/**
 * Every finding code the library emits. Codes are stable: tools match on them,
 * locales key their messages on them.
 */
export const FINDING_CODES = [
  // Reading one cell by its column kind (numbers/read-cell).
  "value.not_a_number",
  "value.ambiguous",
  "value.negative",
  "value.not_whole",
  "value.error",
  "value.unsupported_type",
  "value.too_large",
  // Cells required by the form.
  "cell.required",
  "cell.derived_missing",
  // Declared rules.
  "rule.sum",
  "rule.difference",
  "rule.compare",
  "rule.percentage",
  "rule.percentage_whole_zero",
  "rule.percentage_decimals",
  "rule.cross_annex",
  "rule.change_limit",
  "rule.target_range",
  // Submission shape.
  "annex.missing",
  "annex.not_due",
  "annex.not_applicable",
  "annex.version_mismatch",
  "catalogue.mismatch",
  "annex.row_missing",
  "annex.column_missing",
  "annex.extra_row",
  "annex.extra_column",
  "unit.unknown",
  "unit.tcvn3",
  "unit.not_in_registry_for_period",
  "period.invalid",
  "period.mismatch",
  // Files and workbooks.
  "file.not_zip",
  "file.encrypted",
  "file.legacy_xls",
  "file.too_large",
  "file.unsafe_xml",
  "file.corrupt",
  "file.too_many_cells",
  "file.damaged",
  "file.text_too_long",
  "file.range_too_large",
  "file.macros_ignored",
  "file.not_annex_workbook",
  "file.duplicate_unit",
  "file.derived_recomputed",
  "file.identified_by_content",
  // The file system: a file that could not be opened, or is not a file to open.
  "file.io_error",
  "file.not_regular",
  "file.broken_link",
  // Plausibility: against the previous period, against peers.
  "plausibility.change",
  "plausibility.from_zero",
  "plausibility.vanished",
  "plausibility.peers",
  // Justified warnings (sheet "Giải trình").
  "justification.unmatched",
  "justification.on_error",
  "justification.incomplete",
  // Why a file was not used in a consolidation (the reason of its status).
  "file.internal_error",
  "file.period_unknown",
  "file.unit_not_identified",
  "file.same_content",
  "file.newer_preferred",
  "file.has_errors",
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];

/**
 * Why a consolidation did not use a file: each message is a clause the
 * outputs write after the file's name (`file.has_errors` is followed by the
 * first error), formatted with `asClause`; the other messages are sentences.
 */
export const REASON_CODES: readonly FindingCode[] = [
  "file.internal_error",
  "file.period_unknown",
  "file.unit_not_identified",
  "file.same_content",
  "file.newer_preferred",
  "file.has_errors",
];
