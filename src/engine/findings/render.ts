/**
 * Turns rule data into the words a reviewer reads. The UI locale (messages) and the document
 * language (suggested rewrites) are independent: a Russian-speaking lawyer may review a Kazakh
 * draft, and the rewrite must still be Kazakh.
 */
import type { RuleSpec } from "../rulebook/spec";
import type { Lang } from "../types";

const EXCERPT_MAX = 80;

/** A long quote cut at the last word that fits, never inside a word ("учебных заведени…" reads as a typo). */
export function shorten(s: string): string {
  const one = s.replace(/\s+/gu, " ").trim();
  if (one.length <= EXCERPT_MAX) return one;
  // one character more than fits, so a word ending right at the limit is seen whole
  const cut = one.slice(0, EXCERPT_MAX).lastIndexOf(" ");
  // with no space in the second half the last word alone would be most of the quote: cut it where it must be
  const kept = cut > EXCERPT_MAX / 2 ? one.slice(0, cut) : one.slice(0, EXCERPT_MAX - 1);
  return `${kept.replace(/[\s,;:–—-]+$/u, "")}…`;
}

export function renderMessage(spec: RuleSpec, locale: Lang, excerpt: string, variant?: number): { message: string; recommendation: string } {
  const fill = (t: string) => t.replace(/\{excerpt\}/gu, shorten(excerpt));
  const v = variant !== undefined ? spec.variants?.[variant] : undefined;
  return { message: fill((v?.message ?? spec.message)[locale]), recommendation: fill((v?.recommendation ?? spec.recommendation)[locale]) };
}

/** Normalised key for suggestion maps: lower case, ё→е, single spaces. */
export function suggestionKey(excerpt: string): string {
  return excerpt.toLowerCase().replace(/ё/gu, "е").replace(/\s+/gu, " ").trim();
}

/**
 * The rewrite of `excerpt` in the document's language `lang`, or undefined.
 * `$0` in a template is the excerpt itself; the first letter follows the excerpt's case.
 */
export function renderSuggestion(spec: RuleSpec, lang: Lang, excerpt: string): string | undefined {
  const s = spec.suggestion?.[lang];
  if (s === undefined) return undefined;
  let text: string | undefined;
  if (typeof s === "string") text = s.replace(/\$0/gu, excerpt);
  else text = s[suggestionKey(excerpt)];
  if (text === undefined) return undefined;
  const first = excerpt.charAt(0);
  if (first !== first.toLowerCase() && text.length > 0) text = text.charAt(0).toUpperCase() + text.slice(1);
  return text;
}
