import { JUSTIFICATION_SHEET, builtinCatalogues, builtinRegistries, catalogueForPeriod, catalogueLabel } from "@phuluc/core";
import { findingGroups, metaRows, periodLabel, registryForPeriod, unitByCode, type Catalogue, type Finding, type Registry } from "@phuluc/core";
import { ExcelRefusal, type ExcelPort, type HostInfo } from "../excel-port.js";
import { T } from "../texts.js";
import { exportDecision } from "../validation/export-gate.js";
import { exportRoute } from "../validation/export-route.js";
import { annexWorkbook, newWorkbookMeta, type AnnexWorkbook } from "../workbook/annex-workbook.js";
import { exportFileName } from "../workbook/export-file-name.js";
import { figuresHash } from "../workbook/figures-hash.js";
import { renderPlan } from "../workbook/render-plan.js";
import { workbookKind } from "../workbook/workbook-kind.js";
import { debounce } from "./debounce.js";
import type { PaneView, SetupChoice } from "./pane-view.js";
import { reportFailure, type FaultPlace } from "./report-failure.js";
import { likelyPeriod, periodKindsOffered, periodOf, yearsOffered } from "./period-choices.js";
import { justifyWarning } from "./justify-warning.js";
import { loadRegistryReader, type RegistryReader } from "./registry-reader.js";
import { ValidationSession } from "./validation-session.js";

export interface ControllerOptions {
  /** The catalogues a workbook's period is looked up in (default: the built-in ones, 2022.1 and 2025.2). */
  catalogues?: readonly Catalogue[];
  registries?: readonly Registry[];
  now?: () => Date;
  /** Quiet time after the last edit before re-validating. */
  debounceMs?: number;
  /** What checks a registry file the officer chooses (default: the script `registry-reader.js`, loaded then). */
  registryReader?: () => Promise<RegistryReader>;
}

/** Drives the task pane: checks the host, recognises the workbook, creates annexes, validates live, exports. */
export class PaneController {
  private readonly registries: readonly Registry[];
  private readonly catalogues: readonly Catalogue[];
  /** The catalogue of the open workbook's period. */
  private catalogue: Catalogue | undefined;
  /** A registry file the officer chose in the set-up form (commune registries, custom ones). */
  private chosenRegistry: Registry | undefined;
  private readonly now: () => Date;
  private readonly registryReader: () => Promise<RegistryReader>;
  private host: HostInfo | undefined;
  private workbook: AnnexWorkbook | undefined;
  private session: ValidationSession | undefined;
  private readonly dirty = new Set<string>();
  private justificationSheet = false; // the workbook had the sheet "Giải trình" when opened
  private readonly flushEdits: ReturnType<typeof debounce>;

  constructor(
    private readonly port: ExcelPort,
    private readonly view: PaneView,
    options: ControllerOptions,
  ) {
    this.registries = options.registries ?? builtinRegistries();
    this.catalogues = options.catalogues ?? builtinCatalogues();
    this.now = options.now ?? (() => new Date());
    this.registryReader = options.registryReader ?? loadRegistryReader;
    this.flushEdits = debounce(() => void this.refreshDirty(), options.debounceMs ?? 350);
  }

  /** Opens on the workbook; a failure is the add-in's fault unless Excel refused for a reason the officer can act on. */
  async start(): Promise<void> {
    try {
      await this.begin();
    } catch (error) {
      this.failed("open", error, (why) => this.view.notice("error", T.openFailed(why)));
    }
  }

  private failed(place: FaultPlace, error: unknown, refused: (why: string) => void): void {
    reportFailure(this.view, place, error, this.now(), refused);
  }

  private async begin(): Promise<void> {
    this.host = await this.port.host();
    if (!this.host.excel) return this.view.notice("error", T.notExcel);
    if (!this.host.apiSupported) return this.view.notice("error", T.apiTooOld);
    const survey = await this.port.survey();
    const kind = workbookKind(survey, this.catalogues);
    this.justificationSheet = survey.sheets.some((s) => s.name.normalize("NFC").trim().toLowerCase() === JUSTIFICATION_SHEET.toLowerCase());
    switch (kind.kind) {
      case "annex":
        return this.open(kind.meta, kind.catalogue);
      case "half-made":
        return this.redo(kind.meta, kind.catalogue);
      case "unreadable": {
        const why = kind.why;
        if (why.problem === "period") return this.view.notice("error", T.badMeta);
        if (why.problem === "no-catalogue") return this.view.notice("error", T.noCatalogue(periodLabel(why.period)));
        return this.view.notice("error", T.otherCatalogue(why.stated, periodLabel(why.period), catalogueLabel(why.expected)));
      }
      case "lookalike":
        return this.view.notice("error", T.lookalikeWorkbook(kind.sheets.join(", ")));
      case "foreign":
        this.view.notice("warning", T.notAnnexWorkbook(kind.sheets.join(", ")));
        return this.showSetup();
      case "blank":
        return this.showSetup();
    }
  }

  private showSetup(): void {
    const kinds = periodKindsOffered(this.catalogues);
    this.view.showSetup({
      years: yearsOffered(this.now()),
      kinds,
      initial: likelyPeriod(this.now(), kinds),
      registryFor: (year, kind, quarter) => this.registryFor(periodOf(year, kind, quarter)),
      useRegistryFile: (fileName, text) => this.useRegistryFile(fileName, text),
      onCreate: (choice) => void this.create(choice),
    });
  }

  private registryFor(period: ReturnType<typeof periodOf>): Registry | undefined {
    return this.chosenRegistry ?? registryForPeriod(this.registries, period);
  }

  private async useRegistryFile(fileName: string, text: string): Promise<string | undefined> {
    let reader: RegistryReader;
    try {
      reader = await this.registryReader();
    } catch (error) {
      this.failed("registry", error, () => undefined);
      return T.registryUnread(fileName);
    }
    const reading = reader.readRegistryFile(text);
    if ("registry" in reading) {
      this.chosenRegistry = reading.registry;
      return undefined;
    }
    return reading.problem === "not-json" ? T.registryNotJson(fileName) : T.registryBad(fileName, reading.why);
  }

  private async create(choice: SetupChoice): Promise<void> {
    const period = periodOf(choice.year, choice.kind, choice.quarter);
    const registry = this.registryFor(period);
    const unit = registry ? unitByCode(registry, choice.unitCode) : undefined;
    if (!unit) return this.view.notice("error", T.chooseUnit);
    const catalogue = catalogueForPeriod(period, this.catalogues);
    if (!catalogue) return this.view.notice("error", T.noCatalogue(periodLabel(period)));
    const meta = newWorkbookMeta({ catalogue, unit, period, ...(choice.cutOff ? { cutOff: choice.cutOff } : {}), now: this.now() });
    const resolved = annexWorkbook(meta, catalogue, this.registries);
    if (!("workbook" in resolved) || resolved.workbook.layouts.length === 0) return this.view.notice("error", T.noAnnexDue);
    this.view.setupBusy(true, T.creating);
    const made = await this.build(resolved.workbook);
    this.view.setupBusy(false);
    if (made) await this.open(meta, catalogue, resolved.workbook);
  }

  /** A creation cut off half-way (Excel closed, the connection lost): draw the annexes again from its _meta. */
  private async redo(meta: AnnexWorkbook["meta"], catalogue: Catalogue): Promise<void> {
    const resolved = annexWorkbook(meta, catalogue, this.registries);
    if (!("workbook" in resolved)) return this.view.notice("error", T.badMeta);
    this.view.notice("warning", T.redoing);
    if (await this.build(resolved.workbook)) await this.open(meta, catalogue, resolved.workbook);
  }

  /** Draws the annexes, the sheet "Giải trình" (or keeps the workbook's) and _meta; true when done, else the officer is told why. */
  private async build(workbook: AnnexWorkbook): Promise<boolean> {
    try {
      await this.port.createAnnexes(workbook.layouts.map(renderPlan), metaRows(workbook.meta));
      this.justificationSheet = true;
    } catch (error) {
      this.failed("create", error, (why) => this.view.notice("error", T.createFailed(why)));
      // What the cut-off batch left is seen again, so pressing the button again redoes it cleanly.
      await this.port.survey().catch(() => undefined);
      return false;
    }
    this.view.notice("ok", T.created(workbook.layouts.length));
    return true;
  }

  private async open(meta: AnnexWorkbook["meta"], catalogue: Catalogue, known?: AnnexWorkbook): Promise<void> {
    const resolved = known ? { workbook: known } : annexWorkbook(meta, catalogue, this.registries);
    if (!("workbook" in resolved)) return this.view.notice("error", T.badMeta);
    const workbook = resolved.workbook;
    this.workbook = workbook;
    this.catalogue = catalogue;
    this.view.showWorkbook(workbook.unit, periodLabel(workbook.period), workbook.layouts.length);
    const host = this.host;
    const route = host ? exportRoute(host) : undefined;
    const saveCopyHint = route?.kind === "save-copy" ? T.exportSaveCopyHint : undefined;
    this.view.actionHint(saveCopyHint);
    this.session = new ValidationSession(
      this.port,
      workbook,
      catalogue,
      {
        result: (result) => this.view.showFindings(findingGroups(result.findings, catalogue), result.errors, result.warnings, this.now()),
        paintFailed: (sheets) => this.view.notice("warning", T.highlightFailed(sheets.join(", "))),
        fault: (error) => this.failed("paint", error, (why) => this.view.notice("warning", T.paintRefused(why))),
        marksPending: (pending) => this.view.actionHint(pending ? T.marksPending : saveCopyHint),
      },
      { paintOnEdit: host?.writesKeepUndo ?? false, justifications: this.justificationSheet },
    );
    this.view.onCheckAll(() => void this.checkAll());
    this.view.onExport(() => void this.exportFile());
    this.view.onGoTo((target) => void this.goTo(target.sheet, target.address));
    this.view.onJustify((finding, text) => this.justify(finding, text));
    // Listen first, so edits made while the first check runs are not lost.
    const sheets = new Set(workbook.plans.map((p) => p.sheet));
    await this.port.watch((change) => {
      if (!sheets.has(change.sheet)) return;
      this.dirty.add(workbook.plans.find((p) => p.sheet === change.sheet)?.code ?? change.sheet);
      this.flushEdits();
    });
    await this.checkAll();
  }

  private async refreshDirty(): Promise<void> {
    if (!this.session || this.dirty.size === 0) return;
    const codes = new Set(this.dirty);
    this.dirty.clear();
    await this.session.refresh(codes).catch((error) => this.failed("read", error, (why) => this.view.notice("error", T.readFailed(why))));
  }

  private async goTo(sheet: string, address: string): Promise<void> {
    try {
      await this.port.select(sheet, address);
    } catch (error) {
      if (error instanceof ExcelRefusal && error.reason === "missing-sheet") return this.view.notice("warning", T.sheetMissing(sheet));
      if (error instanceof ExcelRefusal && error.reason === "hidden-sheet") return this.view.notice("warning", T.sheetHidden(sheet));
      this.failed("select", error, (why) => this.view.notice("warning", T.selectRefused(why)));
    }
  }

  /** Writes a justification ({@link justifyWarning}), then checks all again: the warning shows as justified. */
  async justify(finding: Finding, text: string): Promise<string | undefined> {
    if (!this.session) return undefined;
    const why = await justifyWarning(
      { port: this.port, session: this.session, failed: (error, refused) => this.failed("justify", error, refused) },
      finding,
      text,
    );
    if (why === undefined) await this.checkAll().then(() => this.view.notice("ok", T.justifySaved(finding.path.cell?.split("!").pop() ?? "")));
    return why;
  }

  async checkAll(): Promise<void> {
    if (!this.session) return;
    this.view.busy("check");
    try {
      this.dirty.clear();
      this.flushEdits.cancel();
      await this.session.full();
    } catch (error) {
      this.failed("read", error, (why) => this.view.notice("error", T.readFailed(why)));
    } finally {
      this.view.busy(undefined);
    }
  }

  async exportFile(): Promise<void> {
    const { session, workbook, host, catalogue } = this;
    if (!session || !workbook || !host || !catalogue) return;
    this.view.busy("export");
    this.view.exportMessage("info", undefined);
    try {
      this.flushEdits.cancel();
      this.dirty.clear();
      const result = await session.full();
      const decision = exportDecision(result);
      if (!decision.allowed) return this.view.exportMessage("error", decision.reason);
      const stamped = {
        ...workbook.meta,
        catalogueId: catalogue.id,
        catalogueVersion: catalogue.version,
        validatedAt: this.now().toISOString(),
        figuresHash: await figuresHash(session.submission(), catalogue),
      };
      await this.port.writeMeta(metaRows(stamped));
      const name = exportFileName(workbook.period.id, workbook.unit.code, workbook.unit.name);
      const route = exportRoute(host);
      if (route.kind === "save-copy") return this.view.exportMessage("warning", T.saveCopy(name, route.why));
      let bytes: Uint8Array;
      try {
        bytes = await this.port.fileBytes();
      } catch (error) {
        // The host refused the compressed file (some hosts accept the call and refuse the type).
        if (error instanceof ExcelRefusal && error.reason === "file-refused") return this.view.exportMessage("warning", T.saveCopy(name, "refused"));
        throw error;
      }
      this.view.download(bytes, name);
      this.view.exportMessage(
        route.kind === "download-mac" ? "warning" : "ok",
        route.kind === "download-mac" ? T.exportMac(name) : T.exportDone(name, decision.warnings),
      );
    } catch (error) {
      this.failed("export", error, (why) => this.view.exportMessage("error", T.exportFailed(why)));
    } finally {
      this.view.busy(undefined);
    }
  }
}
