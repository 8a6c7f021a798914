import type { Finding, FindingGroup, PeriodKind, Registry, ReportingUnit } from "@phuluc/core";

export type Tone = "info" | "ok" | "warning" | "error";

/** What the officer picked in the set-up form. */
export interface SetupChoice {
  year: number;
  kind: PeriodKind;
  quarter?: 1 | 2 | 3 | 4;
  unitCode: string;
  /** ISO date, when given. */
  cutOff?: string;
}

export interface SetupOptions {
  years: readonly number[];
  kinds: readonly PeriodKind[];
  initial: { year: number; kind: PeriodKind };
  /** The registry in force for a period chosen in the form (the officer's own, once chosen). */
  registryFor(year: number, kind: PeriodKind, quarter?: 1 | 2 | 3 | 4): Registry | undefined;
  /** The officer chose a registry file: undefined when taken, else the Vietnamese reason. */
  useRegistryFile(fileName: string, text: string): Promise<string | undefined>;
  onCreate(choice: SetupChoice): void;
}

/** The task pane's screen, as the controller drives it. */
export interface PaneView {
  notice(tone: Tone, text: string): void;
  /** A fault of the add-in: the message and a detail the officer can select and copy. */
  fault(text: string, detail: string): void;
  /** A standing hint under the actions (undo-preserving marks, export by "save a copy"); undefined hides it. */
  actionHint(text: string | undefined): void;
  clearNotice(): void;
  showSetup(options: SetupOptions): void;
  setupBusy(busy: boolean, text?: string): void;
  showWorkbook(unit: ReportingUnit, periodText: string, annexCount: number): void;
  onCheckAll(handler: () => void): void;
  onExport(handler: () => void): void;
  onGoTo(handler: (target: { sheet: string; address: string }) => void): void;
  /** The officer saved a justification of this warning: undefined when written, else what to show in the form. */
  onJustify(handler: (finding: Finding, text: string) => Promise<string | undefined>): void;
  busy(what: "check" | "export" | undefined): void;
  showFindings(groups: readonly FindingGroup[], errors: number, warnings: number, checkedAt: Date): void;
  exportMessage(tone: Tone, text: string | undefined): void;
  download(bytes: Uint8Array, fileName: string): void;
}
