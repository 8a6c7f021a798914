/** A README's TypeScript example and the output the README says it prints. */
export interface ReadmeExample {
  code: string;
  output: string;
}

const FENCE = /```(\w*)\n([\s\S]*?)```/g;

/**
 * The examples of a README: each ```ts block directly followed (after at
 * most a short line of prose such as "prints") by a ```text block.
 */
export function readmeExamples(markdown: string): ReadmeExample[] {
  const blocks: { lang: string; body: string; start: number; end: number }[] = [];
  for (const m of markdown.matchAll(FENCE)) blocks.push({ lang: m[1] ?? "", body: m[2] ?? "", start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  const examples: ReadmeExample[] = [];
  blocks.forEach((block, i) => {
    const next = blocks[i + 1];
    if (block.lang !== "ts" || next?.lang !== "text") return;
    const between = markdown.slice(block.end, next.start).trim();
    if (between.length > 40) return;
    examples.push({ code: block.body, output: next.body });
  });
  return examples;
}
