import { SchemaError, type SchemaIssue } from "../errors/schema-error.js";
import type { Catalogue } from "./catalogue.js";
import { loadCatalogue } from "./load-catalogue.js";
import { mappingPredecessorIssues } from "./mapping-check.js";

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
 * sentence placeholders, validity overlapping another catalogue (one with
 * another id; a new version of the same catalogue replaces it), and the
 * mapping against the predecessor when it is among `others`.
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
  const predecessor = others.find((o) => o.version === catalogue.predecessor);
  if (catalogue.predecessor !== undefined && !predecessor && catalogue.mapping.length > 0)
    issues.push({ path: "predecessor", message: `không tìm thấy danh mục liền trước ${catalogue.predecessor} để kiểm tra đối chiếu (mapping)` });
  if (predecessor) issues.push(...mappingPredecessorIssues(catalogue.mapping, catalogue, predecessor));
  return { catalogue, issues };
}
