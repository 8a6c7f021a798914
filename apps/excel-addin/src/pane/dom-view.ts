import { capitalised, type ReportingUnit } from "@phuluc/core";
import { T } from "../texts.js";
import type { FindingGroup } from "@phuluc/core";
import { byId, el } from "./dom.js";
import { downloadBytes } from "./download.js";
import { renderFindings } from "./findings-list.js";
import type { Justify } from "./justify-form.js";
import type { PaneView, SetupOptions, Tone } from "./pane-view.js";
import { mountSetupForm } from "./setup-form.js";

function show(id: string, visible: boolean): void {
  byId(id).hidden = !visible;
}

function tone(node: HTMLElement, base: string, value: Tone): void {
  node.className = `${base} ${base}--${value}`;
}

/** The task pane drawn in taskpane.html. */
export class DomView implements PaneView {
  private goTo: (target: { sheet: string; address: string }) => void = () => undefined;
  private justify: Justify = async () => undefined;

  notice(value: Tone, text: string): void {
    const node = byId("notice");
    tone(node, "notice", value);
    node.textContent = text;
    node.hidden = false;
    show("loading", false);
  }

  fault(text: string, detail: string): void {
    this.notice("error", text);
    const box = el("textarea", { class: "fault-detail", readonly: true, rows: 4, "aria-label": T.faultDetailLabel }, detail);
    box.onfocus = () => box.select();
    byId("notice").append(el("label", { class: "fault-label" }, T.faultDetailLabel), box);
  }

  actionHint(text: string | undefined): void {
    const node = byId("action-hint");
    node.hidden = text === undefined;
    node.textContent = text ?? "";
  }

  clearNotice(): void {
    show("notice", false);
  }

  showSetup(options: SetupOptions): void {
    show("loading", false);
    show("setup", true);
    mountSetupForm(options);
  }

  setupBusy(busy: boolean, text?: string): void {
    const button = byId<HTMLButtonElement>("create");
    button.disabled = busy;
    button.textContent = busy ? (text ?? T.creating) : T.createButton;
  }

  showWorkbook(unit: ReportingUnit, periodText: string, annexCount: number): void {
    show("loading", false);
    show("setup", false);
    show("workbook", true);
    byId("unit-name").textContent = unit.officialName;
    byId("period-text").textContent = `${capitalised(periodText)} · ${annexCount} phụ lục`;
  }

  onCheckAll(handler: () => void): void {
    byId("check-all").onclick = handler;
  }

  onExport(handler: () => void): void {
    byId("export").onclick = handler;
  }

  onGoTo(handler: (target: { sheet: string; address: string }) => void): void {
    this.goTo = handler;
  }

  onJustify(handler: Justify): void {
    this.justify = handler;
  }

  busy(what: "check" | "export" | undefined): void {
    const check = byId<HTMLButtonElement>("check-all");
    const exp = byId<HTMLButtonElement>("export");
    check.disabled = what !== undefined;
    exp.disabled = what !== undefined;
    check.textContent = what === "check" ? T.checking : T.checkAll;
    exp.textContent = what === "export" ? T.exporting : T.export;
    byId("workbook").setAttribute("aria-busy", String(what !== undefined));
  }

  showFindings(groups: readonly FindingGroup[], errors: number, warnings: number, checkedAt: Date): void {
    const summary = byId("summary");
    tone(summary, "summary", errors > 0 ? "error" : warnings > 0 ? "warning" : "ok");
    byId("summary-text").textContent = T.summary(errors, warnings);
    const time = checkedAt.toLocaleTimeString("vi-VN", { hour: "2-digit", minute: "2-digit", second: "2-digit" });
    byId("checked-at").textContent = errors + warnings === 0 ? `${T.summaryOk} ${T.lastChecked(time)}` : T.lastChecked(time);
    const hint = byId("findings-hint");
    hint.textContent = T.findingsHint;
    hint.hidden = !groups.some((g) => g.items.some((i) => i.target));
    renderFindings(
      byId("findings"),
      groups,
      (target) => this.goTo(target),
      (finding, text) => this.justify(finding, text),
    );
  }

  exportMessage(value: Tone, text: string | undefined): void {
    const node = byId("export-message");
    node.hidden = text === undefined;
    if (text === undefined) return;
    tone(node, "message", value);
    node.textContent = text;
  }

  download(bytes: Uint8Array, fileName: string): void {
    downloadBytes(bytes, fileName);
  }
}
