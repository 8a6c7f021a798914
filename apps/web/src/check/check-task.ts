import { checkFilesWith, resolveRegistries, type FileRead } from "@phuluc/consolidate";
import { builtinCatalogues, formatFinding, periodIdLabel, type Catalogue } from "@phuluc/core/runtime";
import { byId, dropZone, el } from "../page/dom.js";
import { findingsNode } from "../page/findings-view.js";
import { pageFile } from "../page/page-files.js";
import { workerReader, type PageFile } from "../read/worker-reader.js";
import { T } from "../texts.js";
import { annexTable } from "./annex-table.js";

function catalogueOf(read: FileRead): Catalogue {
  const all = builtinCatalogues();
  return all.find((c) => c.version === read.catalogueVersion) ?? (all[0] as Catalogue);
}

function periodText(id: string | undefined): string {
  if (!id) return T.unknownPeriod;
  return periodIdLabel(id);
}

/** One file's card: the message of a file that cannot be read, else its findings by annex and its tables with bad cells marked. */
function fileCard(read: FileRead): HTMLElement {
  const catalogue = catalogueOf(read);
  if (read.readError) {
    // The same words as `phuluc validate`: the file as the heading, then what is wrong and what to do.
    return el(
      "article",
      { class: "card unreadable", "data-file": read.file },
      el("h3", {}, read.file),
      el("p", { class: "bad" }, `${T.severity.error}: ${formatFinding(read.readError, { catalogue, withoutFile: true })}`),
    );
  }
  const status =
    read.errors === 0 && read.warnings === 0
      ? el("p", { class: "ok" }, T.fileOk)
      : el("p", { class: read.errors > 0 ? "bad" : "" }, T.fileCounts(read.errors, read.warnings));
  const tables = (read.annexes ?? []).map((a) => annexTable(read, a, catalogue)).filter((t): t is HTMLTableElement => t !== undefined);
  return el(
    "article",
    { class: "card", "data-file": read.file },
    el("h3", {}, read.file),
    el("p", {}, T.unitOf(read.unitName ?? T.unknownUnit, periodText(read.period))),
    status,
    read.findings.length > 0 ? findingsNode(read.findings, catalogue) : undefined,
    tables.length > 0 ? el("details", {}, el("summary", {}, "Bảng số liệu đã đọc"), ...tables) : undefined,
  );
}

async function check(files: readonly PageFile[]): Promise<void> {
  const status = byId("check-status");
  const results = byId("check-results");
  results.replaceChildren();
  status.textContent = T.reading(files.length);
  try {
    const checked = await checkFilesWith({ files, registries: await resolveRegistries(), readFiles: workerReader });
    results.replaceChildren(...checked.files.map(fileCard));
    status.textContent = T.checked(checked.files.length, checked.files.filter((r) => r.errors > 0).length);
  } catch (error) {
    console.error(error);
    status.textContent = T.internal;
  }
}

/** "Kiểm tra tệp": files chosen or dropped are checked in the reading workers. */
export function setUpCheckTask(): void {
  const input = byId<HTMLInputElement>("check-files");
  input.addEventListener("change", () => {
    if (input.files && input.files.length > 0) void check([...input.files].map((f) => pageFile(f, f.name)));
  });
  dropZone(byId("check-drop"), (data) => {
    const files = [...data.files];
    if (files.length > 0) void check(files.map((f) => pageFile(f, f.name)));
  });
}
