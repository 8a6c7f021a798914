import { resolveRegistries, type Consolidation, type PreviousInput } from "@phuluc/consolidate";
import { ScriptLoadError, builtinCatalogues, catalogueForPeriod, parsePeriod, periodLabel, registryForPeriod } from "@phuluc/core/runtime";
import pkg from "../../package.json";
import { XLSX_TYPE, byId, download, dropZone, el } from "../page/dom.js";
import { findingsNode } from "../page/findings-view.js";
import { folderFromDrop, folderFromHandle, folderFromInput, pageFile, type ChosenFolder } from "../page/page-files.js";
import { workerReader, type PageFile } from "../read/worker-reader.js";
import { T } from "../texts.js";
import { consolidator, type Consolidator } from "./consolidator.js";

let chosen: ChosenFolder | undefined;

function choose(folder: ChosenFolder): void {
  chosen = folder;
  byId("consolidate-chosen").textContent = T.chosenFolder(folder.name, folder.files.length);
}

function previousInput(): PreviousInput<PageFile> | undefined {
  const folder = byId<HTMLInputElement>("consolidate-previous").files;
  if (folder && folder.length > 0) {
    const f = folderFromInput(folder);
    return { kind: "folder", name: f.name, files: f.files };
  }
  const file = byId<HTMLInputElement>("consolidate-previous-file").files?.[0];
  return file ? { kind: "file", name: file.name, file: pageFile(file, file.name) } : undefined;
}

function list(title: string, items: readonly string[]): HTMLElement | undefined {
  if (items.length === 0) return undefined;
  return el("details", { open: items.length <= 10 }, el("summary", {}, title), el("ul", { class: "plain" }, ...items.map((t) => el("li", {}, t))));
}

function results(run: Consolidation, folder: string): HTMLElement[] {
  const { result, outcomes, report } = run;
  const c = result.coverage;
  const byUnit = new Map<string, (typeof outcomes)[number]>();
  for (const o of outcomes)
    if (o.unit && !byUnit.has(o.unit) && (o.status === "excluded" || o.status === "included" || o.conflict || o.status === "unreadable")) byUnit.set(o.unit, o);
  const missing = result.units.filter((u) => u.status === "missing").map((u) => u.unit.name);
  const excluded = result.units
    .filter((u) => u.status === "excluded")
    .map((u) => `${u.unit.name} — ${u.file ?? ""}: ${byUnit.get(u.unit.code)?.reason ?? `${u.errors} lỗi`}`);
  const unused = outcomes.filter((o) => !["included", "excluded"].includes(o.status) && !o.unit).map((o) => `${o.file}: ${o.reason ?? ""}`);
  const withFindings = outcomes.filter((o) => o.findings.length > 0 && o.status !== "duplicate");
  const text = run.sentences.map((s) => s.text).join("\n");
  const textarea = el("textarea", { id: "consolidate-sentences", readonly: true, "aria-label": T.sentences }, text);
  const copy = el("button", { type: "button", id: "consolidate-copy" }, T.copy);
  copy.addEventListener("click", () => {
    textarea.select();
    void navigator.clipboard
      ?.writeText(text)
      .then(() => (copy.textContent = T.copied))
      .catch(() => document.execCommand("copy"));
  });
  const base = `${folder || "tong-hop"}-${result.period.id}`;
  const xlsx = el("button", { type: "button", id: "download-workbook" }, T.downloadWorkbook);
  xlsx.addEventListener("click", () => download(run.workbook, `tong-hop-${base}.xlsx`, XLSX_TYPE));
  const json = el("button", { type: "button", id: "download-report" }, T.downloadReport);
  json.addEventListener("click", () => download(`${JSON.stringify(report, null, 2)}\n`, `bao-cao-${base}.json`, "application/json"));
  const catalogue = builtinCatalogues().find((x) => x.version === result.catalogueVersion);
  return [
    el(
      "section",
      { class: "card", id: "coverage" },
      el("h3", {}, T.coverage(c.included, c.expected)),
      el("p", {}, T.coverageDetail(c)),
      list(T.missing(missing.length), missing),
      list(T.excluded(excluded.length), excluded),
      list(T.unusedFiles(unused.length), unused),
    ),
    el("section", { class: "card" }, el("h3", {}, T.sentences), textarea, el("div", { class: "actions" }, copy, xlsx, json)),
    el(
      "section",
      { class: "card" },
      el("h3", {}, T.findingsByUnit),
      ...withFindings.map((o) =>
        el(
          "details",
          { "data-file": o.file },
          el("summary", {}, `${o.read.unitName ?? o.file} — ${o.file}: ${T.fileCounts(o.errors, o.warnings)}`),
          catalogue ? findingsNode(o.findings, catalogue) : undefined,
        ),
      ),
    ),
  ];
}

async function run(): Promise<void> {
  const status = byId("consolidate-status");
  const out = byId("consolidate-results");
  const button = byId<HTMLButtonElement>("consolidate-run");
  out.replaceChildren();
  if (!chosen || chosen.files.length === 0) {
    status.textContent = T.noFolder;
    return;
  }
  const periodText = byId<HTMLInputElement>("consolidate-period").value.trim();
  const parsed = parsePeriod(periodText);
  if (!("period" in parsed)) {
    status.textContent = T.badPeriod(periodText);
    return;
  }
  const period = parsed.period;
  const registries = await resolveRegistries();
  const registry = registryForPeriod(registries, period);
  const catalogue = catalogueForPeriod(period);
  if (!registry) return void (status.textContent = T.noRegistry(periodLabel(period)));
  if (!catalogue) return void (status.textContent = T.noCatalogue(periodLabel(period)));
  const box = byId("consolidate-progress");
  const bar = byId<HTMLProgressElement>("consolidate-bar");
  const step = byId("consolidate-step");
  box.hidden = false;
  button.disabled = true;
  status.textContent = "";
  const previous = previousInput();
  let loaded: Consolidator | undefined;
  try {
    loaded = await consolidator();
    const consolidation = await loaded.consolidateFiles({
      files: chosen.files,
      folder: chosen.name,
      period,
      registries,
      registry,
      catalogue,
      ...(previous ? { previous } : {}),
      readFiles: workerReader,
      progress: {
        step(label, total) {
          step.textContent = label;
          bar.max = total ?? 1;
          bar.value = 0;
          if (total === undefined) bar.removeAttribute("value");
        },
        tick(done) {
          bar.value = done;
        },
        done() {
          bar.value = bar.max;
        },
      },
      toolVersion: pkg.version,
    });
    out.replaceChildren(...results(consolidation, chosen.name));
    status.textContent = T.done(consolidation.exitCode);
  } catch (error) {
    if (error instanceof ScriptLoadError) status.textContent = T.pageIncomplete(error.src);
    else if (loaded && error instanceof loaded.ConsolidateError) status.textContent = T.failed(`${error.message}${error.hint ? ` ${error.hint}` : ""}`);
    else {
      console.error(error);
      status.textContent = T.internal;
    }
  } finally {
    box.hidden = true;
    button.disabled = false;
  }
}

/** "Tổng hợp": a folder (picker, drop, or files), the period, the previous period; results, sentences and downloads. */
export function setUpConsolidateTask(): void {
  const folder = byId<HTMLInputElement>("consolidate-folder");
  folder.addEventListener("change", () => folder.files && folder.files.length > 0 && choose(folderFromInput(folder.files)));
  const files = byId<HTMLInputElement>("consolidate-files");
  files.addEventListener("change", () => files.files && files.files.length > 0 && choose({ name: "", files: folderFromInput(files.files).files }));
  // The directory picker (Chrome, Edge); a cancelled choice changes nothing.
  const host = globalThis as { showDirectoryPicker?: () => Promise<FileSystemDirectoryHandle> };
  const pick = byId<HTMLButtonElement>("consolidate-pick");
  if (typeof host.showDirectoryPicker === "function") {
    pick.hidden = false;
    pick.addEventListener(
      "click",
      () =>
        void host
          .showDirectoryPicker?.()
          .then(folderFromHandle)
          .then(choose)
          .catch(() => undefined),
    );
  }
  dropZone(byId("consolidate-drop"), (data) => void folderFromDrop(data).then(choose));
  byId("consolidate-form").addEventListener("submit", (e) => {
    e.preventDefault();
    void run();
  });
}
