import { unitFileName } from "@phuluc/consolidate";
import { ScriptLoadError, builtinRegistries, loadPageScript, catalogueForPeriod, parsePeriod, periodLabel, registryForPeriod } from "@phuluc/core/runtime";
import { XLSX_TYPE, byId, download, el } from "../page/dom.js";
import { T } from "../texts.js";
import { TEMPLATE_WRITER_GLOBAL, type TemplateWriter } from "./template-writer.js";

/** Beside index.html; scripts/build.mjs writes it. */
const TEMPLATE_WRITER_SCRIPT = "template-writer.js";

/** The template writer (exceljs with it), loaded on the first template asked for. */
async function templateWriter(): Promise<TemplateWriter> {
  await loadPageScript(TEMPLATE_WRITER_SCRIPT);
  return (globalThis as Record<string, unknown>)[TEMPLATE_WRITER_GLOBAL] as TemplateWriter;
}

function fillUnits(): void {
  const select = byId<HTMLSelectElement>("template-unit");
  const parsed = parsePeriod(byId<HTMLInputElement>("template-period").value.trim());
  const registry = "period" in parsed ? registryForPeriod(builtinRegistries(), parsed.period) : undefined;
  const current = select.value;
  select.replaceChildren(...(registry?.units ?? []).map((u) => el("option", { value: u.code, selected: u.code === current }, `${u.code} — ${u.officialName}`)));
}

async function make(): Promise<void> {
  const status = byId("template-status");
  const text = byId<HTMLInputElement>("template-period").value.trim();
  const parsed = parsePeriod(text);
  if (!("period" in parsed)) return void (status.textContent = T.badPeriod(text));
  const period = parsed.period;
  const registry = registryForPeriod(builtinRegistries(), period);
  const catalogue = catalogueForPeriod(period);
  if (!registry) return void (status.textContent = T.noRegistry(periodLabel(period)));
  if (!catalogue) return void (status.textContent = T.noCatalogue(periodLabel(period)));
  const unit = registry.units.find((u) => u.code === byId<HTMLSelectElement>("template-unit").value) ?? registry.units[0];
  if (!unit) return;
  status.textContent = T.templateMaking;
  try {
    const { writeTemplate } = await templateWriter();
    const bytes = await writeTemplate({ catalogue, unit, period });
    const name = unitFileName(unit);
    download(bytes, name, XLSX_TYPE);
    status.textContent = T.templateDone(name);
  } catch (error) {
    console.error(error);
    if (error instanceof ScriptLoadError) return void (status.textContent = T.pageIncomplete(error.src));
    status.textContent = T.templateFailed(error instanceof Error ? error.message : String(error));
  }
}

/** "Biểu mẫu": the blank template of a unit for a period, as `phuluc template` makes it. */
export function setUpTemplateTask(): void {
  fillUnits();
  byId("template-period").addEventListener("input", fillUnits);
  byId("template-form").addEventListener("submit", (e) => {
    e.preventDefault();
    void make();
  });
}
