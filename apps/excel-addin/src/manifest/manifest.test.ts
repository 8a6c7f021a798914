import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseXml, walk, type XmlElement } from "../test-support/xml-lite.js";

const source = readFileSync(new URL("../../manifest.xml", import.meta.url), "utf8");
const root = parseXml(source);
const all = walk(root);
const child = (e: XmlElement | undefined, name: string): XmlElement | undefined => e?.children.find((c) => c.name === name);
const path = (...names: string[]): XmlElement | undefined => names.reduce<XmlElement | undefined>((e, n) => child(e, n), root);

/** Assert `names` appear in `order` (a subsequence) and every required one is there. */
function inSchemaOrder(element: XmlElement | undefined, order: readonly string[], required: readonly string[]): void {
  const names = element?.children.map((c) => c.name) ?? [];
  for (const r of required) expect(names, `<${element?.name}> needs <${r}>`).toContain(r);
  const unknown = names.filter((n) => !order.includes(n));
  expect(unknown, `<${element?.name}> children not in the schema sequence`).toEqual([]);
  const positions = names.map((n) => order.indexOf(n));
  expect(positions, `<${element?.name}> children out of schema order: ${names.join(", ")}`).toEqual([...positions].sort((a, b) => a - b));
}

describe("manifest.xml (checked offline; Microsoft's validator is an online service)", () => {
  it("is well-formed XML with a task pane add-in for Excel at its root", () => {
    expect(root.name).toBe("OfficeApp");
    expect(root.attrs["xsi:type"]).toBe("TaskPaneApp");
    expect(root.attrs.xmlns).toBe("http://schemas.microsoft.com/office/appforoffice/1.1");
    expect(path("Hosts")?.children.map((h) => h.attrs.Name)).toEqual(["Workbook"]);
    expect(() => parseXml("<a><b></a>")).toThrow(/closes/);
    expect(() => parseXml('<a x="1" x="2"/>')).toThrow(/Duplicate/);
    expect(() => parseXml("<a>&nbsp;</a>")).toThrow(/entity/);
  });

  it("has a valid GUID id", () => {
    const id = path("Id")?.text ?? "";
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i);
    expect(id).not.toMatch(/^0{8}-/);
  });

  it("has its required elements in the schema's order", () => {
    inSchemaOrder(
      root,
      [
        "Id",
        "AlternateId",
        "Version",
        "ProviderName",
        "DefaultLocale",
        "DisplayName",
        "Description",
        "IconUrl",
        "HighResolutionIconUrl",
        "SupportUrl",
        "AppDomains",
        "Hosts",
        "Requirements",
        "DefaultSettings",
        "Permissions",
        "VersionOverrides",
      ],
      ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "DefaultSettings", "Permissions"],
    );
    expect(path("Version")?.text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    const overrides = path("VersionOverrides");
    expect(overrides?.attrs["xsi:type"]).toBe("VersionOverridesV1_0");
    inSchemaOrder(overrides, ["Description", "Requirements", "Hosts", "Resources"], ["Hosts", "Resources"]);
    const desktop = child(child(child(overrides, "Hosts"), "Host"), "DesktopFormFactor");
    inSchemaOrder(desktop, ["GetStarted", "FunctionFile", "ExtensionPoint"], ["FunctionFile", "ExtensionPoint"]);
    inSchemaOrder(child(overrides, "Resources"), ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"], ["bt:Images", "bt:Urls"]);
  });

  it("repeats no source origin in <AppDomain>, and any AppDomain is an origin without a path", () => {
    const source = new URL(path("DefaultSettings", "SourceLocation")?.attrs.DefaultValue ?? "").origin;
    const domains = all.filter((e) => e.name === "AppDomain").map((e) => e.text ?? "");
    expect(domains).not.toContain(source);
    for (const d of domains) expect(d).toBe(new URL(d).origin);
  });

  it("requires ExcelApi 1.9", () => {
    const sets = path("Requirements", "Sets")?.children ?? [];
    expect(sets.map((s) => [s.attrs.Name, s.attrs.MinVersion])).toEqual([["ExcelApi", "1.9"]]);
  });

  it("uses HTTPS for every URL", () => {
    const urls = all.flatMap((e) => [
      ...Object.entries(e.attrs)
        .filter(([k, v]) => k === "DefaultValue" && /^[a-z]+:\/\//i.test(v))
        .map(([, v]) => v),
      ...(["AppDomain", "SourceLocation"].includes(e.name) && e.text ? [e.text] : []),
    ]);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
    for (const e of all.filter((x) => ["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"].includes(x.name) && x.attrs.DefaultValue))
      expect(e.attrs.DefaultValue).toMatch(/^https:\/\//);
  });

  it("defines every resid it uses, each id at most 32 characters, and uses every one it defines", () => {
    const defined = all.filter((e) => ["bt:Image", "bt:Url", "bt:String"].includes(e.name) && e.attrs.id).map((e) => e.attrs.id ?? "");
    const used = all.map((e) => e.attrs.resid).filter((r): r is string => r !== undefined);
    expect(new Set(defined).size).toBe(defined.length);
    for (const id of [...defined, ...used]) expect(id.length, id).toBeLessThanOrEqual(32);
    for (const r of used) expect(defined, `resid ${r}`).toContain(r);
    for (const d of defined) expect(used, `unused resource ${d}`).toContain(d);
  });

  it("keeps strings within their limits, in Vietnamese NFC", () => {
    const short = all.filter((e) => e.name === "bt:String");
    for (const e of short) expect(e.attrs.DefaultValue).toBe(e.attrs.DefaultValue?.normalize("NFC"));
    for (const e of child(path("VersionOverrides", "Resources"), "bt:ShortStrings")?.children ?? [])
      expect(e.attrs.DefaultValue?.length).toBeLessThanOrEqual(125);
    for (const e of child(path("VersionOverrides", "Resources"), "bt:LongStrings")?.children ?? [])
      expect(e.attrs.DefaultValue?.length).toBeLessThanOrEqual(250);
    expect(path("DisplayName")?.attrs.DefaultValue).toBe("Phụ lục thống kê");
    expect((path("Description")?.attrs.DefaultValue ?? "").length).toBeLessThanOrEqual(250);
  });
});
