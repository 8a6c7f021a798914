import type { Finding } from "../finding/finding.js";
import { quoteText } from "../text/quote-text.js";
import { couldBeTcvn3, looksLikeTcvn3, tcvn3ToUnicode } from "./tcvn3.js";
import type { Registry, ReportingUnit } from "./types.js";
import { findUnitUnaccented } from "./find-unit-unaccented.js";
import { lookupUnit } from "./unit-index.js";

/**
 * Either the unit, or a finding explaining why the text names none.
 * With a `unit.tcvn3` finding, `suggestion` is the unit the decoded text names.
 */
export type FindUnitResult = { unit: ReportingUnit } | { finding: Finding; suggestion?: ReportingUnit };

function tcvn3Finding(registry: Registry, text: string, decoded: string, unit: ReportingUnit | undefined): FindUnitResult {
  const finding: Finding = {
    code: "unit.tcvn3",
    severity: "error",
    path: unit ? { unit: unit.code } : {},
    params: {
      name: quoteText(text),
      decoded: quoteText(decoded),
      registry: registry.id,
      registryTitle: registry.title,
      suggestion: unit ? unit.code : null,
      suggestionName: unit ? unit.name : null,
    },
  };
  return unit ? { finding, suggestion: unit } : { finding };
}

/**
 * Finds a unit by code or name in one registry (NFC/NFD, case, "Tỉnh ủy …"
 * prefixes, aliases, old/new tone placement and a name typed without
 * diacritics, "quang ngai", are all tolerated).
 * Text typed in a TCVN3 (ABC) font is never matched silently: it yields a
 * `unit.tcvn3` finding, with the unit it would name as `suggestion`.
 * Otherwise an unknown name yields `unit.unknown` naming the registry.
 */
export function findUnit(registry: Registry, nameOrCode: string): FindUnitResult {
  const direct = lookupUnit(registry, nameOrCode);
  if (direct) return { unit: direct };
  const tcvn3 = looksLikeTcvn3(nameOrCode);
  if (tcvn3 || couldBeTcvn3(nameOrCode)) {
    const decoded = tcvn3ToUnicode(nameOrCode);
    const unit = lookupUnit(registry, decoded);
    if (tcvn3 || unit) return tcvn3Finding(registry, nameOrCode, decoded, unit);
  }
  const unaccented = findUnitUnaccented(registry, nameOrCode);
  if (unaccented) return { unit: unaccented };
  return {
    finding: {
      code: "unit.unknown",
      severity: "error",
      path: {},
      params: { name: quoteText(nameOrCode), registry: registry.id, registryTitle: registry.title },
    },
  };
}
