/**
 * A stable identity for a finding across re-scans and re-opening the document: the rule, the
 * words and a fingerprint of the paragraph they stand in. Editing the paragraph makes a new
 * finding (the reviewer should look again); moving it does not.
 */
import type { Finding } from "../engine";

/** FNV-1a, 32 bit: small, fast, stable across runs and platforms. */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

export function findingKey(f: Pick<Finding, "ruleId" | "excerpt" | "start">, paragraphText: string): string {
  return `${f.ruleId}|${f.start}|${f.excerpt}|${fingerprint(paragraphText)}`;
}
