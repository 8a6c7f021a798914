import { parseVietnameseDate, type PeriodKind, type Registry, type ReportingUnit } from "@phuluc/core";
import { T } from "../texts.js";
import { byId, el } from "./dom.js";
import type { SetupOptions } from "./pane-view.js";
import { searchUnits } from "./unit-search.js";

const ROMAN = ["I", "II", "III", "IV"] as const;

/** Period choices of the "Loại kỳ" list: `H1`, `Y`, or `Q1` … `Q4`. */
function kindOptions(kinds: readonly PeriodKind[]): { value: string; label: string }[] {
  return kinds.flatMap((k) =>
    k === "Q" ? ROMAN.map((r, i) => ({ value: `Q${i + 1}`, label: `${T.periodKinds.Q} ${r}` })) : [{ value: k, label: T.periodKinds[k] ?? k }],
  );
}

function parseKind(value: string): { kind: PeriodKind; quarter?: 1 | 2 | 3 | 4 } {
  if (value.startsWith("Q")) return { kind: "Q", quarter: Number(value.slice(1)) as 1 | 2 | 3 | 4 };
  return { kind: value as PeriodKind };
}

/**
 * The set-up form: year and period kind, optional cut-off date, and a unit
 * list filtered as the officer types (with or without diacritics), taken
 * from the registry in force for the chosen period.
 */
export function mountSetupForm(options: SetupOptions): void {
  const form = byId<HTMLFormElement>("setup-form");
  const year = byId<HTMLSelectElement>("year");
  const kind = byId<HTMLSelectElement>("kind");
  const search = byId<HTMLInputElement>("unit-search");
  const list = byId<HTMLSelectElement>("unit-list");
  const count = byId("unit-count");
  const cutOff = byId<HTMLInputElement>("cut-off");

  year.replaceChildren(...options.years.map((y) => el("option", { value: y, selected: y === options.initial.year }, String(y))));
  kind.replaceChildren(...kindOptions(options.kinds).map((k) => el("option", { value: k.value, selected: k.value === options.initial.kind }, k.label)));

  let registry: Registry | undefined;
  const refill = (): void => {
    const chosen = parseKind(kind.value);
    registry = options.registryFor(Number(year.value), chosen.kind, chosen.quarter);
    const units: readonly ReportingUnit[] = registry?.units ?? [];
    const previous = list.value;
    const hits = searchUnits(units, search.value);
    list.replaceChildren(...hits.map((u) => el("option", { value: u.code, selected: u.code === previous }, `${u.officialName} (${u.code})`)));
    if (!list.value && hits.length === 1 && hits[0]) list.value = hits[0].code;
    count.textContent = hits.length === 0 ? T.noUnitFound : T.unitCount(hits.length, units.length, registry?.title ?? "");
  };
  const registryFile = byId<HTMLInputElement>("registry-file");
  const registryError = byId("registry-error");
  registryFile.addEventListener("change", () => {
    const file = registryFile.files?.[0];
    if (!file) return;
    // FileReader rather than Blob.text(): the EdgeHTML webview has no Blob.text().
    const reader = new FileReader();
    reader.onload = async () => {
      const problem = await options.useRegistryFile(file.name, String(reader.result ?? ""));
      registryError.hidden = problem === undefined;
      registryError.textContent = problem ?? "";
      if (problem === undefined) byId("registry-name").textContent = file.name;
      refill();
    };
    reader.readAsText(file);
  });
  year.addEventListener("change", refill);
  kind.addEventListener("change", refill);
  search.addEventListener("input", refill);
  search.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" && list.options.length > 0) {
      event.preventDefault();
      if (!list.value) list.selectedIndex = 0;
      list.focus();
    }
  });
  refill();

  const cutOffError = byId("cut-off-error");
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const chosen = parseKind(kind.value);
    const typed = cutOff.value.trim();
    const iso = typed ? parseVietnameseDate(typed) : undefined;
    cutOffError.hidden = !typed || iso !== undefined;
    cutOffError.textContent = typed && !iso ? T.badCutOff(typed) : "";
    if (typed && !iso) return cutOff.focus();
    options.onCreate({
      year: Number(year.value),
      kind: chosen.kind,
      ...(chosen.quarter ? { quarter: chosen.quarter } : {}),
      unitCode: list.value,
      ...(iso ? { cutOff: iso } : {}),
    });
  });
}
