import { DEFAULT_PERCENT_DECIMALS } from "../annex/annex-index.js";
import { loadAnnex } from "../annex/load-annex.js";
import type { Annex } from "../annex/annex.js";
import { SchemaError, type SchemaIssue } from "../errors/schema-error.js";
import { formatIssuePath } from "../errors/issue-path.js";
import { vietnameseErrorMap } from "../units/zod-issues.js";
import type { Catalogue } from "./catalogue.js";
import { assembleCatalogue } from "./assemble-catalogue.js";
import { catalogueHeaderSchema } from "./catalogue-schema.js";
import { mappingSelfIssues } from "./mapping-check.js";

/** A catalogue built in code: version and annexes only (each annex may carry the version). */
export interface CatalogueInput {
  version: string;
  annexes: readonly unknown[];
}

function heading(input: unknown): string {
  const version = input !== null && typeof input === "object" ? (input as { version?: unknown }).version : undefined;
  return typeof version === "string" ? `Danh mục biểu mẫu ${version} có lỗi` : "Danh mục biểu mẫu có lỗi";
}

type Header = Omit<Catalogue, "annexes" | "annex"> & { annexes: readonly unknown[] };

/** A catalogue file (`id` present) is parsed strictly; a catalogue built in code gets neutral defaults. */
function readHeader(input: unknown, issues: SchemaIssue[]): Header | undefined {
  const candidate = input as Partial<CatalogueInput> | null;
  const isLegacy =
    candidate !== null && typeof candidate === "object" && !("id" in candidate) && typeof candidate.version === "string" && Array.isArray(candidate.annexes);
  if (isLegacy) {
    const legacy = input as CatalogueInput;
    return {
      id: legacy.version,
      version: legacy.version,
      title: legacy.version,
      status: "official",
      validFrom: null,
      validTo: null,
      unitKinds: ["province", "central"],
      percentDecimals: DEFAULT_PERCENT_DECIMALS,
      nationalNotes: [],
      mapping: [],
      annexes: legacy.annexes,
    };
  }
  const parsed = catalogueHeaderSchema.safeParse(input, { error: vietnameseErrorMap });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      // Annex contents are reported by loadAnnex with their own paths.
      if (issue.path[0] === "annexes" && issue.path.length > 1) continue;
      issues.push({ path: formatIssuePath(issue.path), message: issue.message });
    }
    const annexes = (input as { annexes?: unknown }).annexes;
    return Array.isArray(annexes) ? ({ annexes } as unknown as Header) : undefined;
  }
  const { $schema: _schema, ...header } = parsed.data;
  if (header.validFrom !== null && header.validTo !== null && header.validFrom > header.validTo)
    issues.push({ path: "validTo", message: `ngày hết hiệu lực ${header.validTo} trước ngày bắt đầu ${header.validFrom}` });
  return header;
}

function declaredCodes(annexes: readonly unknown[] | undefined): Set<string> {
  return new Set(
    (annexes ?? [])
      .map((a) => (a !== null && typeof a === "object" ? (a as { code?: unknown }).code : undefined))
      .filter((c): c is string => typeof c === "string"),
  );
}

/**
 * Loads every annex, then checks what spans annexes: unique codes, the
 * catalogue version on each annex, cells named by cross-annex rules, unit
 * kinds and the cells named by report sentences. Every problem is listed.
 */
export function loadCatalogue(input: CatalogueInput | unknown): Catalogue {
  const issues: SchemaIssue[] = [];
  const header = readHeader(input, issues);
  const version = header?.version;
  const annexes: { annex: Annex; at: number }[] = [];
  (header?.annexes ?? []).forEach((raw, i) => {
    try {
      annexes.push({ annex: loadAnnex(raw, version ?? "", { percentDecimals: header?.percentDecimals ?? DEFAULT_PERCENT_DECIMALS }), at: i });
    } catch (error) {
      if (!(error instanceof SchemaError)) throw error;
      for (const issue of error.issues) issues.push({ path: issue.path ? `annexes[${i}].${issue.path}` : `annexes[${i}]`, message: issue.message });
    }
  });
  const catalogue = assembleCatalogue(header, annexes, issues);
  for (const issue of mappingSelfIssues(header?.mapping ?? [], header?.predecessor, (code) => catalogue.annex(code), declaredCodes(header?.annexes)))
    issues.push(issue);
  if (issues.length > 0 || !header) throw new SchemaError(heading(input), issues);
  return catalogue;
}
