import { builtinCatalogueDocuments, builtinCatalogues, type Catalogue, type SchemaIssue } from "@phuluc/core";
import { readCatalogueArgument } from "../../cli/catalogue-args.js";
import { UsageError } from "../../cli/usage-error.js";

const C = "catalogue";

/** The shipped catalogue named by its id (`btctw-2025`) or version (`2025.2`), with its document. */
export function findBuiltin(name: string): { catalogue: Catalogue; document: unknown } {
  const catalogues = builtinCatalogues();
  const i = catalogues.findIndex((c) => c.id === name || c.version === name);
  if (i < 0) {
    throw new UsageError(
      `không có danh mục biểu mẫu "${name}".`,
      `Các danh mục có sẵn: ${catalogues.map((c) => `${c.version} (${c.id})`).join(", ")}; xem bằng: phuluc catalogue list`,
      C,
    );
  }
  return { catalogue: catalogues[i]!, document: builtinCatalogueDocuments()[i] };
}

export interface CatalogueCheckRun {
  path: string;
  catalogue?: Catalogue;
  issues: SchemaIssue[];
  exitCode: 0 | 1;
}

/** `catalogue check FILE|DIR`: every problem of an edited catalogue, against the shipped ones' validity. */
export async function runCatalogueCheck(path: string, cwd: string): Promise<CatalogueCheckRun> {
  const argument = await readCatalogueArgument(path, "catalogue check", C, cwd);
  const { checkCatalogue } = await import("../../documents/document-checks.js");
  const result = checkCatalogue(argument.json, builtinCatalogues());
  return {
    path: argument.path,
    ...(result.catalogue ? { catalogue: result.catalogue } : {}),
    issues: result.issues,
    exitCode: result.issues.length > 0 ? 1 : 0,
  };
}
