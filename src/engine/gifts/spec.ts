/**
 * Shape of the gift cue book (rules/gifts.yml): what counts as a gift, an offer, a 4.1.2
 * condition or a procurement link in mail, in kk / ru / en, each cue with its own examples.
 */
import type { Lang } from "../types";
import { LANGS } from "../types";
import type { PerLang } from "../rulebook/spec";
import { RulebookError } from "../rulebook/validate";

/**
 * object: a thing of value (a gift, money and its channels, a meal, a ticket, a trip) that makes
 *   a gift event when an action is near;
 * weak-object: the same only with something more: a second thing of value in the mail, or a
 *   personal beneficiary or a money channel near it (a hotel, wine, a basket, a phone);
 * favour: a service, a job, a discount or a debt that is of value only to someone in person: an
 *   event when an action and a personal beneficiary are near it ("ремонт у вас в квартире",
 *   "стажировку вашему сыну", "жиеніңізді жұмысқа аламыз");
 * person: someone a favour or a weaker thing is for, other than the Enterprise: "ваш сын",
 *   "у меня племянник", "жиеніңіз", "your wife"; it makes no condition by itself;
 * action: what happens with it: offering, promising, giving, sending, paying for someone,
 *   asking for, demanding, accepting, thanking for it, inviting;
 * frame: a phrase that is the event by itself ("в долгу не останемся", "скиньте номер карты");
 * guard: false friends and texts that only talk about gifts (a rule, a course, the news, a
 *   refusal, a returned present), masked before anything else counts;
 * condition: one of the 4.1.2 conditions (a–e), procurement (4.1.3) or an official (4.3.1);
 * marker: something a guard asks about (its `unless`), which counts for nothing else.
 */
export type CueKind = "object" | "weak-object" | "favour" | "person" | "action" | "frame" | "guard" | "condition" | "marker";
export const CUE_KINDS: readonly CueKind[] = ["object", "weak-object", "favour", "person", "action", "frame", "guard", "condition", "marker"];

/** 4.1.2 a–e, 4.1.3 and 4.3.1 as condition ids; GIFT_CONDITION_CLAUSE maps them to clause ids. */
export type GiftCondition = "influence" | "own-behalf" | "secrecy" | "cash-like" | "value" | "procurement" | "official";
export const GIFT_CONDITIONS: readonly GiftCondition[] = ["influence", "own-behalf", "secrecy", "cash-like", "value", "procurement", "official"];

/** The clause each condition enforces: 4.1.2 (a)–(e), 4.1.3, 4.3.1. */
export const GIFT_CONDITION_CLAUSE: Readonly<Record<GiftCondition, string>> = {
  influence: "P4.1.2a",
  "own-behalf": "P4.1.2b",
  secrecy: "P4.1.2c",
  "cash-like": "P4.1.2d",
  value: "P4.1.2e",
  procurement: "P4.1.3",
  official: "P4.3.1",
};

/** The clause of a lettered clause id: P4.1.2a → P4.1.2. */
export function baseClause(id: string): string {
  return id.replace(/[a-e]$/u, "");
}

export interface CueExamples {
  /** Texts where the cue must match; [[...]] marks the span. */
  readonly match: readonly string[];
  /** Texts where it must not (after the guards). */
  readonly nomatch: readonly string[];
}

export type GuardScope = "match" | "sentence" | "mail";

export interface CueSpec {
  readonly id: string;
  readonly kind: CueKind;
  readonly condition?: GiftCondition;
  /**
   * For guards: mask only the match (default), its whole sentence (a rule quoted, an HR award),
   * or the whole mail (a course on gifts, a news digest, a present reported as returned).
   */
  readonly scope?: GuardScope;
  /** For guards: the sender declines; an offer quoted under it or named in the subject is refused too. */
  readonly refusal?: boolean;
  /**
   * For guards: the marker cues (one or a list in the book) that lift the guard — anywhere in the mail for a mail-wide guard (a
   * collection among colleagues is no gift, unless it is for the head: "скидываемся по 5000 шефу"),
   * in the guard's own sentence for a sentence guard (a trip the Enterprise pays is no gift, unless
   * someone else pays a relative's share: "іссапарымды Кәсіпорын төлейді, бірақ жұбайымның … шығынын
   * қор жабатын болса").
   */
  readonly unless?: readonly string[];
  /** For conditions: only in a mail being sent (the recipient side of 4.3.1). For frames: only in a mail being sent that also holds something over the recipient (a solicitation). */
  readonly outgoing?: boolean;
  /**
   * For frames: the phrase says a reward only beside a decision or secrecy in the sender's own text ("половину экономии
   * вернёте мне" next to an estimate to sign; not "половину вернёте мне на карту" for a shared taxi, nor "приходить не
   * обязательно" to a meeting).
   */
  readonly pressed?: boolean;
  /**
   * For secrecy conditions: a messenger named alone ("итоги пришлю в WhatsApp") is how offices talk as much as how
   * bribes move off the record. It counts as secrecy for the level, but does not by itself press a reward phrase.
   */
  readonly channel?: boolean;
  /**
   * For cash-like conditions: money named by slang or by a slangy transfer ("пол-ляма", "с нас десятка", "Каспиға скинул"),
   * which office mail does not use for its own payments; only such money, with a promise or a request beside it, stands for
   * the thing given next to a decision (a card or Kaspi named plainly needs secrecy too: "субсидию перечислим на карту").
   */
  readonly slang?: boolean;
  /** For frames: the condition the phrase itself meets (a reward promised: influence; a card transfer: cash-like). */
  readonly implies?: GiftCondition;
  /** For actions: the cost is taken off the addressee ("ақшасын ойламаңыз"); money words inside it are not money given. */
  readonly free?: boolean;
  /** For actions: the verb itself says "as a gift" (дарить, сыйлау, to gift): a weaker thing next to it is a gift. */
  readonly gives?: boolean;
  /** For persons: only an addressee ("сізге", "вам"): enough for a favour offered, not for a weaker thing. */
  readonly addressee?: boolean;
  /**
   * Patterns count only in sentences of their own language: a Kazakh word that is also a Russian
   * one (той, пара) once Kazakh letters are folded.
   */
  readonly strict?: boolean;
  readonly patterns: PerLang<readonly string[]>;
  readonly examples: PerLang<CueExamples>;
}

export interface GiftSettings {
  /** Tokens between an object and an action for them to make one offer. */
  readonly window: number;
  /** Amounts at or above these (per currency code) meet the value condition when near a gift. */
  readonly valueThresholds: Readonly<Record<string, number>>;
  /** Currency words and signs, lower case, to currency code. */
  readonly currencies: Readonly<Record<string, string>>;
  /** Mail services of private persons: a gift offered from one is on someone's own behalf. */
  readonly freeMailDomains: readonly string[];
  /** Domain labels of state bodies (gov, akimat, …): a recipient there is an official (4.3.1). */
  readonly officialDomainLabels: readonly string[];
}

export interface GiftBookSource {
  readonly source: string;
  readonly data: unknown;
}

export interface GiftBook {
  readonly settings: GiftSettings;
  /** Word lists spliced into cue patterns with @name. */
  readonly lexicons: Readonly<Record<string, PerLang<readonly string[]>>>;
  readonly cues: readonly CueSpec[];
}

function fail(where: string, msg: string): never {
  throw new RulebookError(`${where}: ${msg}`);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function strings(v: unknown, where: string): string[] {
  if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) fail(where, "must be a list of strings");
  return v as string[];
}

/** Checks the YAML's shape and gives clear messages; the patterns themselves are checked by the compiler. */
export function validateGiftBook(src: GiftBookSource): GiftBook {
  const where = src.source;
  if (!isRecord(src.data)) fail(where, "must be a mapping with settings and cues");
  const { settings, cues } = src.data;
  if (!isRecord(settings)) fail(where, "settings: missing");
  const window = settings.window;
  if (typeof window !== "number" || window < 1 || window > 100) fail(`${where} › settings.window`, "must be a number 1–100");
  const thresholds = settings.valueThresholds;
  if (!isRecord(thresholds) || Object.values(thresholds).some((v) => typeof v !== "number")) fail(`${where} › settings.valueThresholds`, "must map currency codes to numbers");
  const currencies = settings.currencies;
  if (!isRecord(currencies) || Object.values(currencies).some((v) => typeof v !== "string" || !(v in thresholds))) fail(`${where} › settings.currencies`, "must map words to currency codes that have a threshold");
  const freeMail = strings(settings.freeMailDomains, `${where} › settings.freeMailDomains`);
  const officialLabels = strings(settings.officialDomainLabels ?? [], `${where} › settings.officialDomainLabels`);
  const lexicons: Record<string, PerLang<readonly string[]>> = {};
  const rawLex = src.data.lexicons ?? {};
  if (!isRecord(rawLex)) fail(where, "lexicons: must be a mapping");
  for (const [name, perLang] of Object.entries(rawLex)) {
    if (!isRecord(perLang)) fail(`${where} › lexicons.${name}`, "must map languages to lists");
    const entry: Partial<Record<Lang, string[]>> = {};
    for (const [lang, list] of Object.entries(perLang)) {
      if (!LANGS.includes(lang as Lang)) fail(`${where} › lexicons.${name}`, `unknown language ${lang}`);
      entry[lang as Lang] = strings(list, `${where} › lexicons.${name}.${lang}`);
    }
    lexicons[name] = entry;
  }
  if (!Array.isArray(cues) || cues.length === 0) fail(where, "cues: must be a non-empty list");
  const seen = new Set<string>();
  const out = cues.map((c, i): CueSpec => {
    const at = `${where} › cues[${i}]`;
    if (!isRecord(c)) fail(at, "must be a mapping");
    const id = c.id;
    if (typeof id !== "string" || !/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/u.test(id)) fail(at, `id "${String(id)}" must look like kind.name`);
    if (seen.has(id)) fail(at, `duplicate id ${id}`);
    seen.add(id);
    const kind = c.kind as CueKind;
    if (!CUE_KINDS.includes(kind)) fail(`${at} ${id}`, `kind must be one of ${CUE_KINDS.join(", ")}`);
    const condition = c.condition as GiftCondition | undefined;
    if ((kind === "condition") !== (condition !== undefined)) fail(`${at} ${id}`, "condition is required for kind condition and only there");
    if (condition !== undefined && !GIFT_CONDITIONS.includes(condition)) fail(`${at} ${id}`, `condition must be one of ${GIFT_CONDITIONS.join(", ")}`);
    const scope = c.scope as GuardScope | undefined;
    if (scope !== undefined && (kind !== "guard" || !["match", "sentence", "mail"].includes(scope))) fail(`${at} ${id}`, "scope is for guards only: match, sentence or mail");
    for (const flag of ["refusal", "outgoing", "strict", "pressed", "channel", "slang"] as const) {
      if (c[flag] !== undefined && typeof c[flag] !== "boolean") fail(`${at} ${id}`, `${flag} must be true or false`);
    }
    if (c.refusal !== undefined && kind !== "guard") fail(`${at} ${id}`, "refusal is for guards only");
    // one marker or several: a guard may be lifted by more than one sign ("а вам лично …" and "жұбайымның шығынын … қор жабады")
    const unless = typeof c.unless === "string" ? [c.unless] : Array.isArray(c.unless) && c.unless.length > 0 && c.unless.every((u) => typeof u === "string") ? (c.unless as string[]) : undefined;
    if (c.unless !== undefined && (kind !== "guard" || unless === undefined)) fail(`${at} ${id}`, "unless is for guards only: the id of a marker cue, or a list of them");
    if (c.free !== undefined && (kind !== "action" || typeof c.free !== "boolean")) fail(`${at} ${id}`, "free is for actions only: true or false");
    if (c.gives !== undefined && (kind !== "action" || typeof c.gives !== "boolean")) fail(`${at} ${id}`, "gives is for actions only: true or false");
    if (c.addressee !== undefined && (kind !== "person" || typeof c.addressee !== "boolean")) fail(`${at} ${id}`, "addressee is for persons only: true or false");
    const implies = c.implies as GiftCondition | undefined;
    if (implies !== undefined && (kind !== "frame" || !GIFT_CONDITIONS.includes(implies))) fail(`${at} ${id}`, `implies is for frames only: one of ${GIFT_CONDITIONS.join(", ")}`);
    if (c.outgoing !== undefined && kind !== "condition" && kind !== "frame") fail(`${at} ${id}`, "outgoing is for conditions and frames only");
    if (c.pressed !== undefined && kind !== "frame") fail(`${at} ${id}`, "pressed is for frames only");
    if (c.channel !== undefined && condition !== "secrecy") fail(`${at} ${id}`, "channel is for secrecy conditions only");
    if (c.slang !== undefined && condition !== "cash-like") fail(`${at} ${id}`, "slang is for cash-like conditions only");
    if (!isRecord(c.patterns)) fail(`${at} ${id}`, "patterns: missing");
    const patterns: Partial<Record<Lang, string[]>> = {};
    for (const [lang, list] of Object.entries(c.patterns)) {
      if (!LANGS.includes(lang as Lang)) fail(`${at} ${id}`, `unknown language ${lang}`);
      patterns[lang as Lang] = strings(list, `${at} ${id} patterns.${lang}`);
    }
    if (!isRecord(c.examples)) fail(`${at} ${id}`, "examples: every cue needs examples in each of its languages");
    const examples: Partial<Record<Lang, CueExamples>> = {};
    for (const lang of Object.keys(patterns) as Lang[]) {
      const ex = c.examples[lang];
      if (!isRecord(ex)) fail(`${at} ${id}`, `examples.${lang}: missing`);
      const match = strings(ex.match ?? [], `${at} ${id} examples.${lang}.match`);
      const nomatch = strings(ex.nomatch ?? [], `${at} ${id} examples.${lang}.nomatch`);
      if (match.length === 0) fail(`${at} ${id}`, `examples.${lang}.match: at least one`);
      examples[lang] = { match, nomatch };
    }
    return {
      id,
      kind,
      ...(condition ? { condition } : {}),
      ...(scope ? { scope } : {}),
      ...(c.refusal === true ? { refusal: true } : {}),
      ...(c.outgoing === true ? { outgoing: true } : {}),
      ...(c.pressed === true ? { pressed: true } : {}),
      ...(c.channel === true ? { channel: true } : {}),
      ...(c.slang === true ? { slang: true } : {}),
      ...(c.strict === true ? { strict: true } : {}),
      ...(implies ? { implies } : {}),
      ...(c.free === true ? { free: true } : {}),
      ...(c.gives === true ? { gives: true } : {}),
      ...(c.addressee === true ? { addressee: true } : {}),
      ...(unless ? { unless } : {}),
      patterns,
      examples,
    };
  });
  for (const c of out) {
    for (const u of c.unless ?? []) {
      const marker = out.find((x) => x.id === u);
      if (!marker || marker.kind !== "marker") fail(`${where} › ${c.id}`, `unless: ${u} is not a marker cue`);
    }
  }
  return {
    settings: {
      window,
      valueThresholds: thresholds as Record<string, number>,
      currencies: currencies as Record<string, string>,
      freeMailDomains: freeMail.map((d) => d.toLowerCase()),
      officialDomainLabels: officialLabels.map((d) => d.toLowerCase()),
    },
    lexicons,
    cues: out,
  };
}
