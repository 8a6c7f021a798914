import { findingGroups, type Catalogue, type Finding, type FindingGroup, type FindingItem } from "@phuluc/core/runtime";
import { T } from "../texts.js";
import { el } from "./dom.js";

function itemNode(item: FindingItem): HTMLLIElement {
  const where = item.target ? `${item.where} (trang ${item.target.sheet})` : item.where;
  return el(
    "li",
    {
      class: `finding finding--${item.severity}`,
      "data-code": item.code,
      ...(item.target ? { "data-cell": `${item.target.sheet}!${item.target.address}` } : {}),
    },
    el("span", { class: "finding-tag" }, T.severity[item.severity] ?? ""),
    el("span", { class: "finding-where" }, where),
    el("span", { class: "finding-text" }, item.message),
  );
}

function groupNode(group: FindingGroup): HTMLElement {
  return el(
    "section",
    { class: "group", "data-annex": group.annex || "general" },
    el("h4", {}, group.title, el("span", { class: `badge badge--${group.errors > 0 ? "error" : "warning"}` }, T.countBadge(group.errors, group.warnings))),
    el("ul", { class: "finding-list" }, ...group.items.map(itemNode)),
  );
}

/** Findings grouped by annex, in the words the Excel add-in shows (core's findingGroups). */
export function findingsNode(findings: readonly Finding[], catalogue: Catalogue): HTMLElement {
  return el("div", { class: "findings" }, ...findingGroups(findings, catalogue).map(groupNode));
}
