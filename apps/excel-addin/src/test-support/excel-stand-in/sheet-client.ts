/** Worksheets, their collection and the workbook in the stand-in. */
import { parseAreas, parseRect } from "./a1.js";
import { ClientObject, RequestContext } from "./client-base.js";
import { RangeAreasClient, RangeClient, type SheetRef } from "./range-client.js";
import { StandInError, type ChangeEvent, type SheetModel } from "./workbook-model.js";

class ProtectionClient extends ClientObject {
  constructor(
    context: RequestContext,
    private readonly sheet: SheetRef,
    private readonly label: string,
  ) {
    super(context);
  }
  protected read(name: string): unknown {
    const p = this.sheet().protection;
    if (name === "protected") return p.protected;
    if (name === "options") return { ...p.options };
    throw new StandInError("InvalidArgument", `Stand-in cannot load protection/${name}`);
  }
  get protected(): boolean {
    return this.got("protected");
  }
  get options(): Record<string, unknown> {
    return this.got("options");
  }
  protect(options: Record<string, unknown> = {}, password?: string): void {
    this.context.stats.calls?.protect.push(this.label);
    this.context.enqueue(() => {
      const s = this.sheet();
      this.context.model.undoCleared.push("protect");
      if (s.protection.protected) throw new StandInError("AccessDenied", `Sheet ${s.name} is already protected.`);
      s.protection = { protected: true, options: { ...options }, ...(password ? { password } : {}) };
    });
  }
  unprotect(password?: string): void {
    this.context.stats.calls?.unprotect.push(this.label);
    this.context.enqueue(() => {
      const s = this.sheet();
      this.context.model.undoCleared.push("unprotect");
      if (!s.protection.protected) throw new StandInError("AccessDenied", `Sheet ${s.name} is not protected.`);
      if (s.protection.password !== undefined && s.protection.password !== password)
        throw new StandInError("InvalidArgument", "The password you supplied is not correct.");
      s.protection = { protected: false, options: {} };
    });
  }
}

/** One worksheet; `ref` finds it in the model when the batch runs, `label` names it in the call log. */
export class WorksheetClient extends ClientObject {
  constructor(
    context: RequestContext,
    private readonly ref: SheetRef,
    private readonly label: string,
    private readonly nullable = false,
  ) {
    super(context);
    if (nullable) {
      this.context.enqueue(() => {
        let found = true;
        try {
          ref();
        } catch {
          found = false;
        }
        this.loaded.set("isNullObject", !found);
      }, false);
    }
  }
  protected read(name: string): unknown {
    const s = this.ref();
    if (name === "name" || name === "id" || name === "visibility") return s[name];
    throw new StandInError("InvalidArgument", `Stand-in cannot load worksheet/${name}`);
  }
  get isNullObject(): boolean {
    return this.nullable ? this.got("isNullObject") : false;
  }
  get name(): string {
    return this.got("name");
  }
  set name(v: string) {
    this.context.enqueue(() => {
      const s = this.ref();
      if (v.length > 31 || /[\\/?*[\]:]/.test(v)) throw new StandInError("InvalidArgument", `The sheet name ${v} is not valid.`);
      if (this.context.model.sheets.some((x) => x !== s && x.name.toLowerCase() === v.toLowerCase()))
        throw new StandInError("ItemAlreadyExists", `A sheet named ${v} already exists`);
      s.name = v;
    });
  }
  get id(): string {
    return this.got("id");
  }
  get visibility(): string {
    return this.got("visibility");
  }
  set visibility(v: "Visible" | "Hidden" | "VeryHidden") {
    this.context.enqueue(() => {
      const s = this.ref();
      if (v !== "Visible" && this.context.model.sheets.filter((x) => x !== s && x.visibility === "Visible").length === 0)
        throw new StandInError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      s.visibility = v;
    });
  }
  set tabColor(v: string) {
    this.context.enqueue(() => (this.ref().tabColor = v));
  }
  set showGridlines(v: boolean) {
    this.context.enqueue(() => (this.ref().showGridlines = v));
  }
  getRange(address: string): RangeClient {
    this.context.stats.calls?.getRange.push(`${this.label}!${address}`);
    return new RangeClient(this.context, this.ref, parseRect(address));
  }
  getRanges(address: string): RangeAreasClient {
    this.context.stats.calls?.getRanges.push(`${this.label}!${address}`);
    return new RangeAreasClient(this.context, this.ref, parseAreas(address));
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): { load(spec?: unknown): unknown; readonly isNullObject: boolean } {
    const state = { loaded: false, empty: true };
    const ctx = this.context;
    const ref = this.ref;
    const used = {
      load(): unknown {
        ctx.enqueue(() => {
          state.empty = ![...ref().cells.values()].some((c) => c.value !== null || c.formula !== undefined);
          state.loaded = true;
        }, false);
        return used;
      },
      get isNullObject(): boolean {
        if (!state.loaded) throw new StandInError("PropertyNotLoaded", "isNullObject not loaded");
        return state.empty;
      },
    };
    return used;
  }
  get protection(): ProtectionClient {
    return new ProtectionClient(this.context, this.ref, this.label);
  }
  get pageLayout(): Record<string, unknown> {
    const set = (prop: string) => (v: unknown) => this.context.enqueue(() => (this.ref().pageLayout[prop] = v));
    const layout: Record<string, unknown> = {
      setPrintTitleRows: (rows: string) => this.context.enqueue(() => (this.ref().pageLayout.printTitleRows = rows)),
    };
    for (const prop of ["orientation", "paperSize", "zoom", "leftMargin", "rightMargin", "topMargin", "bottomMargin", "headerMargin", "footerMargin"])
      Object.defineProperty(layout, prop, { set: set(prop) });
    return layout;
  }
  activate(): void {
    this.context.enqueue(() => {
      const s = this.ref();
      this.context.model.requireVisible(s);
      this.context.model.activeSheetId = s.id;
    });
  }
  delete(): void {
    this.context.enqueue(() => this.context.model.deleteSheet(this.ref()));
  }
}

class WorksheetCollectionClient extends ClientObject {
  private itemList: WorksheetClient[] = [];
  protected read(): unknown {
    return undefined;
  }
  override load(spec?: unknown): this {
    const props = (typeof spec === "string" ? spec.split(",") : []).map((s) => s.trim().replace(/^items\//, "")).filter(Boolean);
    this.context.enqueue(() => {
      this.itemList = this.context.model.sheets.map((sheet) => {
        const client = new WorksheetClient(this.context, () => sheet, sheet.name);
        for (const p of props) (client as unknown as { loaded: Map<string, unknown> }).loaded.set(p, sheet[p as keyof SheetModel]);
        return client;
      });
      this.loaded.set("items", true);
    }, false);
    return this;
  }
  get items(): WorksheetClient[] {
    this.got("items");
    return this.itemList;
  }
  getItem(name: string): WorksheetClient {
    return new WorksheetClient(this.context, () => this.context.model.sheet(name), name);
  }
  getItemOrNullObject(name: string): WorksheetClient {
    return new WorksheetClient(this.context, () => this.context.model.sheet(name), name, true);
  }
  add(name: string): WorksheetClient {
    this.context.stats.calls?.added.push(name);
    let created: SheetModel | undefined;
    this.context.enqueue(() => (created = this.context.model.addSheet(name)));
    return new WorksheetClient(
      this.context,
      () => {
        if (!created) throw new StandInError("ItemNotFound", `Sheet ${name} was not added`);
        return created;
      },
      name,
    );
  }
  get onChanged(): { add(handler: (event: ChangeEvent) => unknown): void } {
    return {
      add: (handler) => this.context.enqueue(() => this.context.model.listeners.push((e) => void handler(e)), false),
    };
  }
}

RequestContext.makeWorkbook = (ctx) => ({ worksheets: new WorksheetCollectionClient(ctx) });
