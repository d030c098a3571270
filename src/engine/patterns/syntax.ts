/**
 * The pattern language rule files are written in. One pattern is a sequence of slots separated
 * by spaces; each slot matches one token unless it is a gap.
 *
 *   вправе                  a literal word (case-insensitive, ё = е, homoglyphs folded)
 *   усмотрени~              inflected: Russian stem + ending, Kazakh lemma + any case/possessive/plural,
 *                           English word + s/ed/ing (the rule's language decides)
 *   басшы~n                 Kazakh nominative only (no case ending): a possible grammatical subject
 *   комиссия~d              a Russian noun declined from its lemma, each form tagged with its cases
 *                           (morphology/russian-nouns.ts); `комиссия~n` its nominative forms only
 *   назначать~v  тағайында~v a verb's paradigm: Russian infinitive or Kazakh stem (morphology/verbs.ts);
 *                           each form is tagged with its voice/mood for the provision reader
 *   в|во                    alternatives for one token
 *   {по решению|решением}   alternatives of several tokens (a group; may be optional: {…}?)
 *   своему?                 optional slot (any slot kind)
 *   ...  ...5               a gap of up to 3 (or 5) tokens inside the sentence
 *   @deadline               every pattern of a lexicon (rules/lexicons.yml), spliced in
 *   /.+(уы|уі)/             a token matching a regular expression (anchored, on the lower-cased token)
 *   #num #word #cap #any    a number, any word, a capitalised word, any token
 *   т.д.  и/или  «          literals with punctuation are split into tokens as the text would be
 */

export type SlotAst =
  | { readonly kind: "words"; readonly alternatives: readonly WordAst[]; readonly optional: boolean }
  | { readonly kind: "lexicon"; readonly name: string; readonly optional: boolean }
  | { readonly kind: "group"; readonly alternatives: readonly (readonly SlotAst[])[]; readonly optional: boolean }
  | { readonly kind: "regex"; readonly source: string; readonly optional: boolean }
  | { readonly kind: "special"; readonly what: "num" | "word" | "cap" | "any"; readonly optional: boolean }
  | { readonly kind: "gap"; readonly max: number };

export interface WordAst {
  readonly text: string;
  /** "" literal, "~" inflect, "~n" nominative forms, "~v" a verb's paradigm, "~d" a Russian noun's cases. */
  readonly inflect: "" | "~" | "~n" | "~v" | "~d";
}

export class PatternSyntaxError extends Error {
  constructor(
    readonly pattern: string,
    detail: string,
  ) {
    super(`pattern "${pattern}": ${detail}`);
    this.name = "PatternSyntaxError";
  }
}

const SPECIALS = new Set(["num", "word", "cap", "any"]);

/** Parses one pattern into slots. Literal pieces with punctuation are kept whole here and split by the compiler. */
export function parsePattern(pattern: string): SlotAst[] {
  const pieces = splitPieces(pattern);
  if (pieces.length === 0) throw new PatternSyntaxError(pattern, "empty pattern");
  const slots: SlotAst[] = [];
  for (const piece of pieces) {
    if (piece.startsWith("{")) {
      const optional = piece.endsWith("?");
      const inner = piece.slice(1, optional ? -2 : -1);
      const alternatives = splitTopLevel(inner, pattern).map((alt) => {
        if (alt.trim() === "") throw new PatternSyntaxError(pattern, `empty alternative in "${piece}"`);
        return parsePattern(alt);
      });
      slots.push({ kind: "group", alternatives, optional });
      continue;
    }
    const gap = /^(?:\.\.\.|…)(\d*)$/u.exec(piece);
    if (gap) {
      const max = gap[1] ? Number(gap[1]) : 3;
      if (max < 1 || max > 30) throw new PatternSyntaxError(pattern, `gap size ${max} is outside 1..30`);
      slots.push({ kind: "gap", max });
      continue;
    }
    let body = piece;
    let optional = false;
    if (body.length > 1 && body.endsWith("?")) {
      optional = true;
      body = body.slice(0, -1);
    }
    if (body.startsWith("@")) {
      const name = body.slice(1);
      if (!/^[a-z][a-z0-9.-]*$/u.test(name)) throw new PatternSyntaxError(pattern, `bad lexicon name "${name}"`);
      slots.push({ kind: "lexicon", name, optional });
      continue;
    }
    if (body.length > 2 && body.startsWith("/") && body.endsWith("/")) {
      const source = body.slice(1, -1);
      try {
        new RegExp(source, "u");
      } catch (e) {
        throw new PatternSyntaxError(pattern, `bad regular expression /${source}/: ${(e as Error).message}`);
      }
      slots.push({ kind: "regex", source, optional });
      continue;
    }
    if (body.startsWith("#") && SPECIALS.has(body.slice(1))) {
      slots.push({ kind: "special", what: body.slice(1) as "num" | "word" | "cap" | "any", optional });
      continue;
    }
    const alternatives: WordAst[] = body.split("|").map((alt) => {
      if (alt.length === 0) throw new PatternSyntaxError(pattern, `empty alternative in "${piece}"`);
      if (alt.endsWith("~n")) return { text: alt.slice(0, -2), inflect: "~n" as const };
      if (alt.endsWith("~v")) return { text: alt.slice(0, -2), inflect: "~v" as const };
      if (alt.endsWith("~d")) return { text: alt.slice(0, -2), inflect: "~d" as const };
      if (alt.endsWith("~") && alt.length > 1) return { text: alt.slice(0, -1), inflect: "~" as const };
      return { text: alt, inflect: "" as const };
    });
    slots.push({ kind: "words", alternatives, optional });
  }
  if (slots.every((s) => s.kind === "gap")) throw new PatternSyntaxError(pattern, "a pattern needs at least one non-gap slot");
  lintAlternatives(pattern, slots);
  return slots;
}

/**
 * "не менее|не ниже" reads as «не {менее|не} ниже», never what the author meant. An alternative
 * that repeats the literal word standing next to its slot is that mistake; ask for {…}.
 */
function lintAlternatives(pattern: string, slots: readonly SlotAst[]): void {
  const literal = (s: SlotAst | undefined): string | undefined =>
    s && s.kind === "words" && s.alternatives.length === 1 && s.alternatives[0]?.inflect === "" ? s.alternatives[0].text.toLowerCase() : undefined;
  slots.forEach((slot, i) => {
    if (slot.kind !== "words" || slot.alternatives.length < 2) return;
    const words = slot.alternatives.map((a) => a.text.toLowerCase());
    for (const neighbour of [literal(slots[i - 1]), literal(slots[i + 1])]) {
      if (neighbour !== undefined && words.includes(neighbour)) {
        throw new PatternSyntaxError(pattern, `"${words.join("|")}" repeats the neighbouring word "${neighbour}"; for alternatives of several words write {a b|a c}`);
      }
    }
  });
}

/** Splits on spaces, keeping {…} groups (which may contain spaces) as one piece. */
export function splitPieces(pattern: string): string[] {
  const out: string[] = [];
  let cur = "";
  let depth = 0;
  for (const ch of pattern.trim()) {
    if (ch === "{") depth++;
    if (ch === "}") {
      depth--;
      if (depth < 0) throw new PatternSyntaxError(pattern, "unbalanced }");
    }
    if (/\s/u.test(ch) && depth === 0) {
      if (cur) out.push(cur);
      cur = "";
    } else cur += ch;
  }
  if (depth !== 0) throw new PatternSyntaxError(pattern, "unbalanced {");
  if (cur) out.push(cur);
  for (const p of out) {
    if (p.startsWith("{") && !(p.endsWith("}") || p.endsWith("}?"))) throw new PatternSyntaxError(pattern, `a group must stand alone: "${p}"`);
  }
  return out;
}

/** Splits a group's body on | that are not inside a nested group. */
export function splitTopLevel(body: string, pattern: string): string[] {
  const out: string[] = [];
  let cur = "";
  let depth = 0;
  for (const ch of body) {
    if (ch === "{") depth++;
    if (ch === "}") depth--;
    if (ch === "|" && depth === 0) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  if (out.length < 2 && !out[0]?.includes(" ")) throw new PatternSyntaxError(pattern, "a {group} needs alternatives or several words");
  return out;
}
