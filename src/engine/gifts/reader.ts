/**
 * The gift cues compiled into ONE pattern index for all three languages, and one piece of a mail
 * (the subject or a block of the body) read against it.
 *
 * Why one index and not one per sentence language: workplace mail in Astana switches between
 * Kazakh and Russian inside a sentence ("Кишкене алғыс ретінде хотим перевести на каспи"), and
 * Kazakh is often typed without its letters, which a language guesser reads as Russian. Every
 * sentence is therefore matched against the Kazakh, Russian and English cues at once, on
 * folded spellings (fold.ts). Kazakh and Russian cues rarely collide; the few that do are
 * `strict` and count only in a sentence of their own language. Tokens are looked up once, as in
 * the review engine, so one index costs no more than one language did.
 */
import type { Slot } from "../patterns/compile";
import { PatternCompiler } from "../patterns/compile";
import type { Match } from "../patterns/matcher";
import { PatternIndex } from "../patterns/matcher";
import { regexPrefixes } from "../patterns/regex-prefix";
import { PatternSyntaxError, splitPieces, splitTopLevel } from "../patterns/syntax";
import { RulebookError } from "../rulebook/validate";
import { detectLanguage } from "../text/language";
import { normalize, type NormalizedText } from "../text/normalize";
import { segment, type Sentence } from "../text/segment";
import { tokenize, type Tokens } from "../text/tokenize";
import { LANGS, type Lang } from "../types";
import { foldKazakh, hasKazakhLetters, kazakhLatinTokens, looksKazakhLatin, looksRussianLatin } from "./fold";
import type { CueSpec, GiftBook } from "./spec";

/** One indexed group: a cue's patterns in one language. */
export interface CueGroup {
  readonly cue: CueSpec;
  readonly lang: Lang;
}

/** The minimal set of prefixes after folding: none a prefix of another (the matcher relies on it). */
function minimalPrefixes(prefixes: readonly string[]): string[] {
  const sorted = [...new Set(prefixes)].sort((a, b) => a.length - b.length);
  return sorted.filter((s, i) => !sorted.slice(0, i).some((shorter) => s.startsWith(shorter)));
}

/**
 * Folded form sets, one per content: the same group of words recurs in many patterns, and every
 * retained set is heap the garbage collector walks on each major collection of a long mail.
 */
class FormSets {
  private readonly byContent = new Map<string, ReadonlySet<string>>();
  private readonly bySet = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();
  folded(forms: ReadonlySet<string>): ReadonlySet<string> {
    let out = this.bySet.get(forms);
    if (!out) {
      const list = [...forms].map(foldKazakh).sort();
      const key = list.join("\u0001");
      out = this.byContent.get(key);
      if (!out) {
        out = new Set(list);
        this.byContent.set(key, out);
      }
      this.bySet.set(forms, out);
    }
    return out;
  }
}

/** The same slots on folded spellings: forms folded, regexes folded and re-prefixed. */
function foldSlots(slots: readonly Slot[], sets: FormSets): Slot[] {
  return slots.map((s): Slot => {
    if (s.t === "forms") return { t: "forms", forms: sets.folded(s.forms), optional: s.optional };
    if (s.t === "regex") {
      const source = foldKazakh(s.re.source);
      // The compiled source is ^(?:…)$; its prefixes are those of the inner expression.
      const inner = source.slice(4, -2);
      const prefixes = regexPrefixes(inner);
      return { t: "regex", re: new RegExp(source, s.re.flags), optional: s.optional, prefixes: prefixes ? minimalPrefixes(prefixes) : undefined };
    }
    return s;
  });
}

/**
 * A Russian stem written `подписан~` expands to some 115 forms, nearly all of which never occur;
 * a cue book of a few thousand such stems kept as word sets was 14 MB of heap, and every major
 * garbage collection of a long mail walked it (classifying 100 KB took twice as long with it
 * merely alive). Stems of five letters or more are therefore read as a prefix instead
 * (`/подписан\p{L}*\/`): found through the matcher's letter trie, matched by one test, no sets.
 * Shorter stems and Kazakh lemmas (whose stems alternate: сыйлық → сыйлығы) keep their forms.
 */
const LONG_RU_STEM = /^([а-яё][а-яё-]{4,})~(\??)$/u;

function asPrefix(word: string): string | undefined {
  const m = LONG_RU_STEM.exec(word);
  return m ? `/${m[1]}\\p{L}*/${m[2]}` : undefined;
}

/** A Russian pattern with its long stems read as prefixes (see above); groups are rewritten inside. */
export function widenRussianStems(pattern: string): string {
  return splitPieces(pattern)
    .map((piece) => {
      if (piece.startsWith("{")) {
        const optional = piece.endsWith("?");
        const inner = piece.slice(1, optional ? -2 : -1);
        return `{${splitTopLevel(inner, pattern).map(widenRussianStems).join("|")}}${optional ? "?" : ""}`;
      }
      if (piece.startsWith("/") || piece.startsWith("@") || piece.startsWith("#") || piece.startsWith("...")) return piece;
      const alts = piece.split("|");
      const widened = alts.map((a) => asPrefix(a));
      if (widened.every((w) => w === undefined)) return piece;
      // "a~|b~" is one slot of single words; with a prefix among them it becomes a group.
      const optional = alts.length > 1 && piece.endsWith("?") ? "?" : "";
      if (alts.length === 1) return widened[0]!;
      return `{${alts.map((a, i) => widened[i] ?? a.replace(/\?$/u, "")).join("|")}}${optional}`;
    })
    .join(" ");
}

export class CueIndex {
  readonly index = new PatternIndex();
  readonly groups: CueGroup[] = [];

  constructor(book: GiftBook, where: string) {
    const sets = new FormSets();
    const compiler = new PatternCompiler((name, lang) => {
      const entry = book.lexicons[name];
      const list = entry ? (entry[lang] ?? []) : undefined;
      return list && lang === "ru" ? list.map(widenRussianStems) : list;
    });
    for (const cue of book.cues) {
      for (const lang of LANGS) {
        const patterns = cue.patterns[lang] ?? [];
        if (patterns.length === 0) continue;
        const group = this.groups.length;
        this.groups.push({ cue, lang });
        for (const p of patterns) {
          try {
            for (const slots of compiler.compile(lang === "ru" ? widenRussianStems(p) : p, lang)) this.index.add(group, foldSlots(slots, sets));
          } catch (e) {
            if (e instanceof PatternSyntaxError) throw new RulebookError(`${where} › ${cue.id} (${lang}): ${e.message}`);
            throw e;
          }
        }
      }
    }
  }
}

export interface CueHit {
  readonly cue: CueSpec;
  readonly m: Match;
}

/** One piece of a mail, tokenised, split into sentences, its cues found and its guards applied. */
export class PartReader {
  readonly norm: NormalizedText;
  readonly tokens: Tokens;
  readonly sentences: readonly Sentence[];
  /** The language of each sentence (kk, ru, en), found when first asked: only strict cues need it. */
  private readonly langs: Array<Lang | undefined>;
  /** Every cue match, guards included, in token order. */
  readonly all: readonly CueHit[];
  /** Guards with the token range each masks (the match, or its sentence). */
  readonly guards: ReadonlyArray<{ cue: CueSpec; range: { from: number; to: number } }>;
  /** What survives the guards (no guards among them). */
  readonly hits: readonly CueHit[];

  constructor(
    readonly text: string,
    cues: CueIndex,
    langHint: Lang,
  ) {
    this.norm = normalize(text);
    this.tokens = tokenize(this.norm.text);
    // Only a piece with Kazakh letters has anything to fold; Russian and English pieces skip it.
    const folded: Tokens = hasKazakhLetters(this.norm.text) ? { ...this.tokens, lower: this.tokens.lower.map(foldKazakh) } : this.tokens;
    this.sentences = segment(this.tokens);
    this.langs = new Array<Lang | undefined>(this.sentences.length);
    this.langHint = langHint;
    const found: Match[] = [];
    for (const s of this.sentences) cues.index.scan(folded, s.from, s.to, found);
    // Kazakh or Russian in Latin letters is read a second time as the Cyrillic it spells; the first
    // reading stays, so an English phrase in the same piece still counts.
    if (looksKazakhLatin(this.tokens.lower) || looksRussianLatin(this.tokens.lower)) {
      const spelled: Tokens = { ...this.tokens, lower: kazakhLatinTokens(this.tokens.lower) };
      const seen = new Set(found.map((m) => `${m.group}:${m.from}:${m.to}`));
      const more: Match[] = [];
      for (const s of this.sentences) cues.index.scan(spelled, s.from, s.to, more);
      for (const m of more) if (!seen.has(`${m.group}:${m.from}:${m.to}`)) found.push(m);
    }
    const all: CueHit[] = [];
    for (const m of found) {
      const g = cues.groups[m.group]!;
      if (g.cue.strict && this.langOf(m.from) !== g.lang) continue;
      all.push({ cue: g.cue, m });
    }
    all.sort((a, b) => a.m.from - b.m.from || b.m.to - a.m.to);
    this.all = all;
    // A guard with its marker in its own sentence (a sentence guard) or in this piece (any other) does
    // not hold ("… unless someone else pays", "курс … для вас — подарок").
    const markedIn = (id: string, range: Sentence) => all.some((x) => x.cue.id === id && x.m.from >= range.from && x.m.to <= range.to);
    const guards = all
      .filter((h) => h.cue.kind === "guard")
      .map((h) => ({ cue: h.cue, range: h.cue.scope === "sentence" ? this.sentenceRange(h.m.from) : h.m }))
      .filter((g) => !g.cue.unless?.some((u) => markedIn(u, g.cue.scope === "sentence" ? g.range : { from: 0, to: this.tokens.count })));
    this.guards = guards;
    // Most pieces of a mail match nothing or no guard: no mask to build for them. A marker is never
    // masked: it is what lifts a guard, often inside the guard's own words ("курс … для вас — подарок").
    this.hits = guards.length === 0 ? all : all.filter((h) => h.cue.kind !== "guard" && (h.cue.kind === "marker" || !guards.some((g) => h.m.from < g.range.to && g.range.from < h.m.to)));
  }

  private readonly langHint: Lang;

  langOf(token: number): Lang {
    return this.sentenceLang(this.sentenceIndex(token));
  }

  /** The sentence a token is in (sentences are few per piece: a scan is cheaper than an index). */
  sentenceIndex(token: number): number {
    const ss = this.sentences;
    for (let i = 0; i < ss.length; i++) if (token < ss[i]!.to) return i;
    return Math.max(0, ss.length - 1);
  }

  /** A sentence's language; a tie goes to the sentence before it, as in the review engine. */
  private sentenceLang(si: number): Lang {
    const known = this.langs[si];
    if (known) return known;
    const s = this.sentences[si];
    if (!s) return this.langHint;
    const lang = detectLanguage(this.tokens, s.from, s.to, si > 0 ? this.sentenceLang(si - 1) : this.langHint);
    this.langs[si] = lang;
    return lang;
  }

  sentenceRange(token: number): Sentence {
    return this.sentences[this.sentenceIndex(token)] ?? { from: 0, to: this.tokens.count };
  }

  /** The last sentence's language, when it was needed: the next piece of the mail starts from it. */
  get lastLang(): Lang | undefined {
    return this.langs[this.langs.length - 1];
  }
}
