import { XmlReader } from "./xml-reader.js";

/** `<Application>` of docProps/app.xml (extended properties), trimmed; undefined when absent or empty. */
export function parseApplication(xml: string, part: string): string | undefined {
  const x = new XmlReader(xml, part);
  x.openRoot();
  let application: string | undefined;
  x.forEachChild((name) => {
    if (name === "Application") application = x.readElementText().trim() || undefined;
    else x.skipElement();
  });
  x.expectEnd();
  return application;
}
