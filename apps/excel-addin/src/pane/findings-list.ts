import { T } from "../texts.js";
import type { FindingGroup, FindingItem } from "@phuluc/core";
import { el } from "./dom.js";
import { justifyControls, type Justify } from "./justify-form.js";

type GoTo = (target: { sheet: string; address: string }) => void;

/** Under a warning: its justification when justified, else the "Giải trình" button. */
function justificationNode(item: FindingItem, justify: Justify): HTMLElement | undefined {
  if (item.justification !== undefined) return el("p", { class: "finding-justified" }, el("strong", {}, `${T.justified}: `), item.justification);
  if (item.justifiable && item.target) return justifyControls(item.justifiable, item.target.address, justify);
  return undefined;
}

function itemNode(item: FindingItem, goTo: GoTo, justify: Justify): HTMLLIElement {
  const body = [
    el("span", { class: "finding-tag" }, item.justification !== undefined ? T.justified : (T.severity[item.severity] ?? "")),
    el("span", { class: "finding-where" }, item.where),
    el("span", { class: "finding-text" }, item.message),
  ];
  const cls = `finding finding--${item.justification !== undefined ? "justified" : item.severity}`;
  const target = item.target;
  const below = justificationNode(item, justify);
  if (!target) return el("li", {}, el("div", { class: cls }, ...body), below);
  const button = el(
    "button",
    { type: "button", class: cls, "data-sheet": target.sheet, "data-address": target.address, "data-code": item.code, title: T.goTo(target.address) },
    ...body,
  );
  button.addEventListener("click", () => goTo(target));
  return el("li", {}, button, below);
}

function groupNode(group: FindingGroup, goTo: GoTo, justify: Justify): HTMLElement {
  const badgeTone = group.errors > 0 ? "error" : "warning";
  const heading = el(
    "h2",
    { class: "group-title" },
    group.annex ? el("span", { class: "group-code" }, group.annex) : undefined,
    el("span", { class: "group-name" }, group.name),
  );
  heading.append(el("span", { class: `badge badge--${badgeTone}` }, T.countBadge(group.errors, group.warnings)));
  return el(
    "section",
    { class: "group", "data-annex": group.annex || "general" },
    heading,
    el("ul", { class: "finding-list" }, ...group.items.map((i) => itemNode(i, goTo, justify))),
  );
}

/** Replaces the list with the current findings, grouped by annex. */
export function renderFindings(container: HTMLElement, groups: readonly FindingGroup[], goTo: GoTo, justify: Justify): void {
  container.replaceChildren(...groups.map((g) => groupNode(g, goTo, justify)));
}
