import { SchemaError, type SchemaIssue } from "../errors/schema-error.js";
import type { Catalogue } from "./catalogue.js";
import { loadCatalogue } from "./load-catalogue.js";

const text = (date: string | null) => date ?? "(không giới hạn)";

function overlaps(a: Pick<Catalogue, "validFrom" | "validTo">, b: Pick<Catalogue, "validFrom" | "validTo">): boolean {
  const startsBeforeEnd = (x: typeof a, y: typeof b) => x.validFrom === null || y.validTo === null || x.validFrom <= y.validTo;
  return startsBeforeEnd(a, b) && startsBeforeEnd(b, a);
}

export interface CatalogueCheck {
  /** The loaded catalogue when it loads at all. */
  catalogue?: Catalogue;
  /** Every problem with its path in the document, in Vietnamese; empty when the catalogue is ready to use. */
  issues: SchemaIssue[];
}

/**
 * Checks a catalogue document as central staff edit it: the schema, rows and
 * columns named by rules, cycles between derived cells, duplicate codes,
 * sentence placeholders, and validity overlapping another catalogue (one with
 * another id; a new version of the same catalogue replaces it).
 */
export function checkCatalogue(json: unknown, others: readonly Catalogue[] = []): CatalogueCheck {
  let catalogue: Catalogue;
  try {
    catalogue = loadCatalogue(json);
  } catch (error) {
    if (error instanceof SchemaError) return { issues: [...error.issues] };
    throw error;
  }
  const issues: SchemaIssue[] = [];
  for (const other of others) {
    if (other.id === catalogue.id || !overlaps(catalogue, other)) continue;
    issues.push({
      path: "validFrom",
      message: `thời gian hiệu lực (${text(catalogue.validFrom)} – ${text(catalogue.validTo)}) trùng với danh mục ${other.version} (${text(other.validFrom)} – ${text(other.validTo)})`,
    });
  }
  return { catalogue, issues };
}
