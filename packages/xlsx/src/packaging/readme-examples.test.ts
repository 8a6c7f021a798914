import { describe, expect, it } from "vitest";
import { readmeExamples } from "./readme-examples.js";

describe("readmeExamples", () => {
  it("pairs each ts block with the text block that follows it", () => {
    const md =
      "# x\n\n```ts\nconsole.log(1);\n```\n\nprints\n\n```text\n1\n```\n\n```sh\nnpm i\n```\n\n```ts\nlet a;\n```\n\nSome longer prose that explains things at length before any output.\n\n```text\nno\n```\n";
    expect(readmeExamples(md)).toEqual([{ code: "console.log(1);\n", output: "1\n" }]);
  });
});
