import { added, grouped, named, sideText, subtracted } from "./formula-terms.js";
import type { MessageContext, MessageTable } from "./message-table.js";

const REL: Record<string, string> = { "<=": "is greater than", ">=": "is less than", "=": "differs from" };

function excess(c: MessageContext): string {
  const amount = c.num("difference").replace(/^-/, "");
  return c.text("difference").startsWith("-") ? `${amount} short` : `${amount} over`;
}

const EN_SAVE_AS = "save it as an .xlsx workbook from the program that made it";

/** What a file that is not a zip is, by its first bytes. */
const EN_NOT_ZIP: Record<string, string> = {
  empty: "the file is empty (0 bytes), probably damaged in transit; send it again.",
  csv: `a CSV text file, not a workbook; ${EN_SAVE_AS}.`,
  html: `a web page (HTML), not a workbook; ${EN_SAVE_AS}.`,
  excel_old: `an Excel 2.0–4.0 file, not readable; ${EN_SAVE_AS}.`,
  xml_spreadsheet: `an XML Spreadsheet 2003 file, not a workbook; ${EN_SAVE_AS}.`,
  pdf: "a PDF; send the .xlsx form instead.",
  archive: "a RAR or 7z archive; extract it and send the .xlsx inside.",
  text: `a text file, not a workbook; ${EN_SAVE_AS}.`,
};

/** How plausibility messages name the period compared with. */
function since(c: MessageContext): string {
  return c.param("previousPeriod") === undefined ? "the previous period" : c.text("previousPeriod");
}

const CHECK_OR_JUSTIFY = 'check the figure; if it is right, justify it in the sheet "Giải trình".';

/** English messages, for developers and tools. */
export const en: MessageTable = {
  "value.not_a_number": (c) => `cannot read "${c.text("text")}" as a number.`,
  "value.ambiguous": (c) => `"${c.text("text")}" is ambiguous; Vietnamese notation uses "." for thousands (1.019) and "," for decimals (23,3).`,
  "value.negative": (c) => `${c.num("value")} is negative; figures must be ≥ 0.`,
  "value.not_whole": (c) =>
    `${c.num("value")} is not a whole number; this cell holds a count.${
      c.param("thousands") === undefined
        ? ""
        : ` If ${c.text("thousands")} was meant, the point was read as an English decimal point: type ${c.text("thousands")} without it.`
    }`,
  "value.error": (c) => `the cell shows the error ${c.text("error")}.`,
  "value.too_large": (c) => `${c.text("text")} is too large to be a figure (the largest read is ${c.num("limit")}).`,
  "value.unsupported_type": (c) => `the cell holds a ${c.text("type")}, not a number.`,
  "cell.required": () => "no figure entered; this cell is required (enter 0 for none).",
  "cell.derived_missing": (c, f) => `empty; by ${c.text("formula")} it should be ${c.num("expected")}${"wholeLines" in f.params ? "%" : ""}.`,
  "rule.sum": (c, f) =>
    `total does not add up (${c.text("formula")}): states ${c.num("stated")}, but ${named(added(f.params.partLines))}${c.nums("terms").join(" + ")} = ${c.num("computed")} (${excess(c)}).`,
  "rule.difference": (c, f) => {
    const expr = subtracted(f.params.minuendLine, f.params.subtrahendLines);
    return `difference does not match (${c.text("formula")}): states ${c.num("stated")}, but ${named(expr)}${c.nums("terms").join(" − ")} = ${c.num("computed")} (${excess(c)}).`;
  },
  "rule.compare": (c, f) => {
    const l = sideText(added(f.params.leftLines), c.num("left"), c.nums("leftTerms"));
    const r = f.params.constant === true ? c.num("right") : sideText(added(f.params.rightLines), c.num("right"), c.nums("rightTerms"));
    const rel = REL[c.text("op")] ?? "differs from";
    return f.severity === "warning" ? `check: ${l} ${rel} ${r} (expected ${c.text("formula")}).` : `${c.text("formula")} does not hold: ${l} ${rel} ${r}.`;
  },
  "rule.percentage": (c, f) => {
    const part = grouped(f.params.partLines);
    const whole = grouped(f.params.wholeLines);
    const ratio =
      part !== undefined && whole !== undefined ? `${part} / ${whole} × 100 = ` : c.param("formula") === undefined ? "" : `by ${c.text("formula")}, `;
    const partValue = c.nums("partTerms").length > 1 ? `(${c.nums("partTerms").join(" + ")})` : c.num("part");
    return `stated ${c.num("stated")}% but ${ratio}${partValue} / ${c.num("whole")} × 100 = ${c.num("computed")}%, which rounds to ${c.num("expected")}% at ${c.text("decimals")} decimal(s).`;
  },
  "rule.percentage_whole_zero": (c) => `stated ${c.num("stated")}% but the whole is 0; leave it empty or write 0.`,
  "rule.percentage_decimals": (c) =>
    `${c.num("stated")}% is written with ${c.text("decimals")} decimal(s); the form asks for ${c.text("min")} to ${c.text("max")}.`,
  "rule.cross_annex": (c) => `${c.text("leftRef")} = ${c.num("left")} ${REL[c.text("op")] ?? "differs from"} ${c.text("rightRef")} = ${c.num("right")}.`,
  "rule.change_limit": (c) =>
    `changed by ${c.num("change")}% since ${c.param("previousPeriod") === undefined ? "the previous period" : c.text("previousPeriod")} (${c.num("previous")} → ${c.num("current")}), more than ${c.num("limit")}%.`,
  "rule.target_range": (c) => {
    const bound = c.text("direction") === "below" ? `below the target of ${c.num("min")}%` : `above the target of ${c.num("max")}%`;
    return `${c.text("indicator")} is ${c.num("ratio")}%, ${bound}.`;
  },
  "annex.missing": (c) => `annex ${c.text("annex")} is due this period but missing.`,
  "annex.not_due": (c) => `annex ${c.text("annex")} is not due this period; its figures are neither checked nor consolidated.`,
  "annex.not_applicable": (c) => `annex ${c.text("annex")} is for provincial committees only; central committees leave it empty (figures not consolidated).`,
  "annex.version_mismatch": (c) => `form version ${c.text("stated")} differs from the current ${c.text("expected")}.`,
  "annex.row_missing": (c) => `row ${c.text("row")} was not found in the table.`,
  "annex.column_missing": (c) => `column (${c.text("column")}) "${c.text("header")}" is missing from the table; use the form as issued.`,
  "annex.extra_row": (c) =>
    `a row the form does not have: "${c.text("label")}" (row ${c.text("sheetRow")}) holds ${c.nums("values").join("; ")}, which is not consolidated; delete the row or move the figures to the form's rows.`,
  "annex.extra_column": (c) =>
    `a column the form does not have: column ${c.text("letter")}${c.text("header") ? ` ("${c.text("header")}")` : ""} holds ${c.num("value")}, which is not consolidated; delete the column or move the figures to the form's columns.`,
  "unit.unknown": (c) => `no unit "${c.text("name")}" in ${c.text("registryTitle")}.`,
  "unit.tcvn3": (c) => `"${c.text("name")}" is typed in a TCVN3 (ABC) font; probably "${c.text("decoded")}".`,
  "unit.not_in_registry_for_period": (c) =>
    c.param("successor") === undefined
      ? `unit "${c.text("name")}" is not in ${c.text("registryTitle")}, the registry for ${c.text("period")}.`
      : `${c.text("foundUnitName")} was merged into ${c.text("successorName")} (code ${c.text("successor")})${
          c.param("successorFrom") === undefined ? "" : ` on ${c.text("successorFrom")}`
        }; for ${c.text("period")} use ${c.text("successorName")}.`,
  "period.invalid": (c) => `"${c.text("text")}" is not a period; use 2022-H1, 2022-Y or 2023-Q1.`,
  "catalogue.mismatch": (c) =>
    `the file was made from form catalogue ${c.text("stated")}, but ${c.text("period")} uses ${c.text("expected")}; it is refused. Copy the figures into a new template.`,
  "period.mismatch": (c) => `the file is for ${c.text("stated")}, not ${c.text("expected")}.`,
  "file.not_zip": (c) => EN_NOT_ZIP[c.text("kind")] ?? `not an .xlsx workbook; ${EN_SAVE_AS}, or send it again if it was damaged in transit.`,
  "file.encrypted": (c) =>
    c.text("kind") === "zip"
      ? "the file is zipped with a password by an archiver, not by Excel, and cannot be read; send the .xlsx file without a password."
      : "the workbook is password-protected and cannot be read; remove the password in Excel (File > Info > Protect Workbook > Encrypt with Password) and send it again.",
  "file.legacy_xls": () => "legacy .xls (Excel 97–2003) is not supported; save it as .xlsx.",
  "file.too_large": (c) =>
    c.text("kind") === "ratio"
      ? `part ${c.text("part")} inflates more than ${c.num("limit")} times its size (a sign of a hostile file); not read. Type the figures into the original form.`
      : c.text("kind") === "sheets" || c.text("kind") === "styles"
        ? `too many ${c.text("kind")} (limit ${c.num("limit")}); not read.`
        : `the file or its decompressed content exceeds ${c.num("limit")} bytes; not read.`,
  "file.unsafe_xml": (c) =>
    `part ${c.text("part")} declares a DOCTYPE, which Excel never writes (unsafe XML); not read. Type the figures into the original form.`,
  "file.corrupt": (c) =>
    c.text("reason") === "unsupported_format"
      ? `the ${c.text("format") || "file"} format is not supported; save it as .xlsx.`
      : `the workbook is corrupt${c.param("reason") === undefined ? "" : ` (${c.text("reason")})`}; open it in Excel, save it and send it again.`,
  "file.too_many_cells": (c) =>
    c.text("kind") === "strings"
      ? `the file holds more than ${c.num("limit")} stored strings, most of them in no cell; not read. Copy the figures into the original form.`
      : c.text("kind") === "merges"
        ? `sheet "${c.text("sheet")}" has more than ${c.num("limit")} merged ranges; not read.`
        : `the workbook has more than ${c.num("limit")} cells; not read. Delete the unused rows and columns outside the table.`,
  "file.damaged": (c) =>
    `the file was damaged while being copied or downloaded (${c.text("reason") === "truncated" ? "it is cut short" : `part ${c.text("part")} fails its ${c.text("reason") === "size" ? "size" : "CRC-32"} check`}); send it again.`,
  "file.text_too_long": (c) =>
    `cell ${c.text("sheet")}!${c.text("cell")} holds ${c.num("length")} characters, more than Excel's limit of ${c.num("limit")}; not read.`,
  "file.range_too_large": (c) =>
    `the sheet's ${c.text("kind") === "dimension" ? "declared used range" : "merged range"} ${c.text("ref")} (${c.num("rows")} rows × ${c.num("columns")} columns) is larger than any form; ${c.text("kind") === "dimension" ? "only the table is read" : "its cells read as empty"}.`,
  "file.macros_ignored": () => "the workbook has macros; only values are read, macros never run.",
  "file.not_annex_workbook": () => "not an annex workbook (no sheet PL01–PL09 with a Mã số column).",
  "file.duplicate_unit": (c) => `unit ${c.text("unit")} has ${c.num("count")} files for the period (${c.text("files")}).`,
  "file.derived_recomputed": (c) => `formula cell had no cached value; recomputed as ${c.num("value")}.`,
  "file.identified_by_content": (c) => `no _meta sheet; identified by ${c.text("by")}.`,
  "file.io_error": (c) => `cannot read the ${c.text("kind") === "folder" ? "folder" : "file"}: ${c.text("reason")}.`,
  "file.not_regular": (c) => `not a regular file (${c.text("kind")}); not read.`,
  "file.broken_link": () => "broken symbolic link: its target does not exist; not read.",
  "plausibility.change": (c) => {
    const verb = c.text("change").startsWith("-") ? "down" : "up";
    return `${verb} ${c.num("change").replace(/^-/, "")}% on ${since(c)}: ${c.num("previous")} → ${c.num("current")} (warning when the change is over ${c.num("relativePercent")}% and over ${c.num("absolute")}); ${CHECK_OR_JUSTIFY}`;
  },
  "plausibility.from_zero": (c) => `up from 0 to ${c.num("current")} on ${since(c)}; ${CHECK_OR_JUSTIFY}`,
  "plausibility.vanished": (c) =>
    c.param("empty") === true
      ? `left empty, while ${since(c)} it was ${c.num("previous")}; ${CHECK_OR_JUSTIFY}`
      : `down to 0 on ${since(c)}: ${c.num("previous")} → 0; ${CHECK_OR_JUSTIFY}`,
  "plausibility.peers": (c) =>
    `${c.text("indicator")} is ${c.num("share")}%, unusually ${c.text("direction") === "below" ? "low" : "high"} against the other units (median ${c.num("median")}%, usual range ${c.num("low")}–${c.num("high")}%); ${CHECK_OR_JUSTIFY}`,
  "justification.unmatched": (c) => {
    const rule = c.text("rule") ? ` (rule ${c.text("rule")})` : "";
    if (c.param("value") !== undefined)
      return c.param("current") === undefined
        ? `the justification for cell ${c.text("cell")}${rule} was written when the cell held ${c.num("value")}; the cell no longer has that warning: delete this justification.`
        : `the justification for cell ${c.text("cell")}${rule} was written when the cell held ${c.num("value")}, it now holds ${c.num("current")}; the old justification no longer applies: review the warning and justify it again if the figure is right.`;
    return `the justification for cell ${c.text("cell")}${rule} matches no current warning (the figure changed or the warning is gone); delete this justification.`;
  },
  "justification.on_error": (c) =>
    `cell ${c.text("cell")} has an error (rule ${c.text("rule")}), not a warning; errors cannot be justified, the figure must be corrected.`,
  "justification.incomplete": (c) =>
    `the justification line lacks ${c.text("missing") === "cell" ? "the cell with the warning (e.g. PL04!D10)" : "its text"}; write the cell and the text as the list of warnings shows them.`,
  "file.internal_error": (c) =>
    `a fault of the program (not of the file); ${c.param("log") ? `details in the file ${c.text("log")}` : "details printed on the screen by the command"}`,
  "file.period_unknown": () => "the file's reporting period cannot be determined",
  "file.unit_not_identified": (c) => `the unit cannot be identified in ${c.text("registryTitle")}`,
  "file.same_content": (c) => `same content as ${c.text("of")} (same SHA-256); not counted twice`,
  "file.newer_preferred": (c) => `the unit has a newer file: ${c.text("newest")} (--prefer newest)`,
  "file.has_errors": (c) => `${c.num("errors")} errors; the first:`,
};
