import { annexSchema, type AnnexInput } from "./annex-schema.js";
import type { Annex } from "./annex.js";
import { buildAnnex } from "./build-annex.js";
import { vietnameseErrorMap } from "../units/zod-issues.js";
import { SchemaError } from "../errors/schema-error.js";
import { formatIssuePath } from "../errors/issue-path.js";

/**
 * The version is the catalogue's, kept once there. An annex built in code on
 * its own may still carry `version`: it is taken off before the strict parse.
 */
function splitVersion(input: unknown, catalogueVersion: string | undefined): { data: unknown; version: string | undefined } {
  if (input === null || typeof input !== "object" || Array.isArray(input) || !("version" in input)) {
    return { data: input, version: catalogueVersion };
  }
  const { version, ...rest } = input as { version?: unknown };
  // The annex's own version wins so that a catalogue can report one that differs.
  return { data: rest, version: typeof version === "string" && version !== "" ? version : catalogueVersion };
}

/**
 * Validates an annex declared as data and builds its lookups. A malformed
 * annex throws a SchemaError listing every problem with its path.
 * `percentDecimals`: the catalogue's decimals of a percentage cell that
 * declares none (1 when absent).
 */
export function loadAnnex(input: AnnexInput | unknown, catalogueVersion?: string, options: { percentDecimals?: number } = {}): Annex {
  const { data: raw, version } = splitVersion(input, catalogueVersion);
  const parsed = annexSchema.safeParse(raw, { error: vietnameseErrorMap });
  const name = (input as { code?: unknown })?.code;
  const what = `Annex ${typeof name === "string" ? name : "(unnamed)"} is malformed`;
  if (!parsed.success) {
    throw new SchemaError(
      what,
      // The root stays "": loadCatalogue prefixes the paths with the annex's place.
      parsed.error.issues.map((i) => ({ path: i.path.length > 0 ? formatIssuePath(i.path) : "", message: i.message })),
    );
  }
  return buildAnnex(parsed.data, version, what, options);
}
