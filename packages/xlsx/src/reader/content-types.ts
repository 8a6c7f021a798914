import { corrupt } from "./errors.js";
import { XmlReader } from "./xml-reader.js";

/** `[Content_Types].xml`: content type of a part by override, else by extension default. */
export interface ContentTypes {
  of(part: string): string | undefined;
}

export function parseContentTypesPart(xml: string, part: string): ContentTypes {
  const x = new XmlReader(xml, part);
  if (x.openRoot() !== "Types") throw corrupt("unexpected_root", { part });
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  x.forEachChild((name) => {
    const contentType = x.attr("ContentType") ?? "";
    if (name === "Default") {
      defaults.set((x.attr("Extension") ?? "").toLowerCase(), contentType);
    } else if (name === "Override") {
      overrides.set((x.attr("PartName") ?? "").replace(/^\/+/, "").toLowerCase(), contentType);
    }
    x.skipElement();
  });
  x.expectEnd();
  return {
    of(partName: string): string | undefined {
      const key = partName.toLowerCase();
      const override = overrides.get(key);
      if (override !== undefined) return override;
      const dot = key.lastIndexOf(".");
      return dot < 0 ? undefined : defaults.get(key.slice(dot + 1));
    },
  };
}
