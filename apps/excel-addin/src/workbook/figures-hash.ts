import { figuresText, type Catalogue, type Submission } from "@phuluc/core";

/** SHA-256 (hex) of core's `figuresText`, through the Web Crypto API the pane has. */
export async function figuresHash(submission: Submission, catalogue: Catalogue): Promise<string> {
  const bytes = new TextEncoder().encode(figuresText(submission, catalogue));
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}
