import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { catalogueJsonSchema } from "./catalogue-json-schema.js";

const shipped = (): unknown => JSON.parse(readFileSync(new URL("../../catalogues/catalogue.schema.json", import.meta.url), "utf8"));

describe("catalogue JSON Schema", () => {
  it("the shipped file is generated from the zod schema (run `pnpm --filter @phuluc/core schema` after a change)", () => {
    expect(shipped()).toEqual(catalogueJsonSchema());
  });

  it("documents defaults and forbids unknown keys", () => {
    const schema = catalogueJsonSchema() as { additionalProperties?: boolean; properties: Record<string, { default?: unknown }> };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.unitKinds?.default).toEqual(["province", "central"]);
    expect(JSON.stringify(schema)).toContain('"default":"error"');
  });
});
