/**
 * Turns rule data into the words a reviewer reads. The UI locale (messages) and the document
 * language (suggested rewrites) are independent: a Russian-speaking lawyer may review a Kazakh
 * draft, and the rewrite must still be Kazakh.
 */
import type { RuleSpec } from "../rulebook/spec";
import { quote } from "../text/quote";
import type { Lang } from "../types";

const EXCERPT_MAX = 80;

const shorten = (s: string): string => quote(s, EXCERPT_MAX);

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
