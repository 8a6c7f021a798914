import { corrupt } from "./errors.js";
import { XmlReader } from "./xml-reader.js";

export interface Relationship {
  id: string;
  /** Relationship type URI; compare with `hasType` (transitional and strict URIs differ). */
  type: string;
  target: string;
  external: boolean;
}

export function parseRelationshipsPart(xml: string, part: string): Relationship[] {
  const x = new XmlReader(xml, part);
  if (x.openRoot() !== "Relationships") throw corrupt("unexpected_root", { part });
  const relationships: Relationship[] = [];
  x.forEachChild((name) => {
    if (name === "Relationship") {
      relationships.push({
        id: x.attr("Id") ?? "",
        type: x.attr("Type") ?? "",
        target: x.attr("Target") ?? "",
        external: x.attr("TargetMode") === "External",
      });
    }
    x.skipElement();
  });
  x.expectEnd();
  return relationships;
}

/**
 * Matches the last segment of a relationship type, so that the transitional
 * (schemas.openxmlformats.org), strict (purl.oclc.org) and Microsoft
 * (schemas.microsoft.com) URIs of the same relationship all match.
 */
export function hasType(relationship: Relationship, lastSegment: string): boolean {
  const type = relationship.type;
  return type.length > lastSegment.length && type.endsWith(lastSegment) && type.charCodeAt(type.length - lastSegment.length - 1) === 47;
}
