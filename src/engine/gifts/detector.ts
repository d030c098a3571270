/**
 * The gift and hospitality detector (policy 4.1.2, 4.1.3, 4.3.1): a mail in, a risk level with
 * the conditions met and the evidence out. Cues are data (rules/gifts.yml); this file only says
 * how they combine:
 *  - guards (false friends) are masked first;
 *  - a gift event is an object with an offer/ask/accept action near it, a weak object with an
 *    action and a second object in the mail, or a self-contained frame; a bare mention is none;
 *  - conditions count in the parts of the mail that hold an event (and the subject), plus what
 *    the sender tells: a registered supplier, a private mail service;
 *  - low = an event; medium = one of own-behalf, secrecy, value; high = procurement, influence,
 *    cash-like, an official (outgoing), or two conditions.
 * Pure and synchronous: it runs in the Outlook on-send handler, which must answer within a second.
 */
import { ParagraphContext, type ScanIndexes } from "../analysis/paragraph";
import type { Match } from "../patterns/matcher";
import { PatternCompiler } from "../patterns/compile";
import { PatternIndex } from "../patterns/matcher";
import { PatternSyntaxError } from "../patterns/syntax";
import { RulebookError } from "../rulebook/validate";
import { toOriginalRange } from "../text/normalize";
import { LANGS, type Lang } from "../types";
import { htmlToText, looksLikeHtml } from "./html-to-text";
import { GIFT_CONDITION_CLAUSE, GIFT_CONDITIONS, validateGiftBook, type CueKind, type CueSpec, type GiftBook, type GiftBookSource, type GiftCondition } from "./spec";

export type GiftRisk = "none" | "low" | "medium" | "high";
export const GIFT_RISKS: readonly GiftRisk[] = ["none", "low", "medium", "high"];

export interface MailInput {
  readonly subject: string;
  /** "Name <address>" or an address. */
  readonly from: string;
  readonly body: string;
  /** Default: detected (HTML bodies are turned into text first). */
  readonly bodyType?: "text" | "html";
  /** incoming (read) or outgoing (compose, on send). Default incoming. */
  readonly direction?: "incoming" | "outgoing";
  /** Recipients of an outgoing mail, to spot a supplier or an official. */
  readonly to?: readonly string[];
}

/** A potential procurement participant (4.1.3), from configuration or the Suppliers list. */
export interface Supplier {
  readonly name: string;
  readonly domains?: readonly string[];
  /** 12-digit BIN. */
  readonly bin?: string;
  /** Other spellings of the name as it appears in mail (ТОО «…», LLP …). */
  readonly aliases?: readonly string[];
}

export interface GiftEvidence {
  readonly field: "subject" | "body" | "from" | "to";
  /** UTF-16 offsets into that field (the body as analysed: `GiftVerdict.bodyText`). */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The cue id (`object.gift`), or `supplier.registered`, `sender.free-mail`, `value.amount`. */
  readonly cue: string;
  readonly kind: CueKind | "sender" | "amount";
  readonly condition?: GiftCondition;
}

export interface GiftVerdict {
  readonly risk: GiftRisk;
  readonly conditions: readonly GiftCondition[];
  /** The mail comes from or mentions a procurement participant or procedure (4.1.3). */
  readonly procurement: boolean;
  /** Clause ids to cite: P4.1.2, P4.1.3, P4.3.1, P6.2. */
  readonly clauses: readonly string[];
  readonly evidence: readonly GiftEvidence[];
  /** The registered supplier the mail comes from or is sent to. */
  readonly supplier?: string;
  /** The body the offsets refer to (HTML converted to text). */
  readonly bodyText: string;
  /** The body was longer than the analysed part. */
  readonly truncated: boolean;
}

export interface ClassifyOptions {
  readonly suppliers?: readonly Supplier[];
  /** Longest body analysed, in characters (default 400,000); the rest is ignored and reported. */
  readonly maxChars?: number;
}

export interface CueMatch {
  readonly cue: CueSpec;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface GiftDetector {
  readonly book: GiftBook;
  classify(mail: MailInput, options?: ClassifyOptions): GiftVerdict;
  /**
   * Cue matches in one text (for cue examples and `adal mail --explain`): what survives the
   * guards, and with `includeGuards` the guards too, each spanning what it masks.
   */
  cueMatches(text: string, lang?: Lang, options?: { includeGuards?: boolean }): CueMatch[];
}

const DEFAULT_MAX_CHARS = 400_000;

interface Part {
  readonly field: "subject" | "body";
  readonly offset: number;
  readonly ctx: ParagraphContext;
}

interface Hit {
  readonly part: number;
  readonly m: Match;
  readonly cue: CueSpec;
}

class CueIndex implements ScanIndexes {
  readonly indexes: Record<Lang, PatternIndex> = { kk: new PatternIndex(), ru: new PatternIndex(), en: new PatternIndex() };
  readonly cueOfGroup: CueSpec[] = [];
  get groupCount(): number {
    return this.cueOfGroup.length;
  }
  constructor(book: GiftBook, where: string) {
    const compiler = new PatternCompiler((name, lang) => {
      const entry = book.lexicons[name];
      return entry ? (entry[lang] ?? []) : undefined;
    });
    for (const cue of book.cues) {
      const group = this.cueOfGroup.length;
      this.cueOfGroup.push(cue);
      for (const lang of LANGS) {
        for (const p of cue.patterns[lang] ?? []) {
          try {
            for (const slots of compiler.compile(p, lang)) this.indexes[lang].add(group, slots);
          } catch (e) {
            if (e instanceof PatternSyntaxError) throw new RulebookError(`${where} › ${cue.id} (${lang}): ${e.message}`);
            throw e;
          }
        }
      }
    }
  }
}

export function createGiftDetector(source: GiftBookSource): GiftDetector {
  const book = validateGiftBook(source);
  const index = new CueIndex(book, source.source);
  const amountRe = amountPattern(book.settings.currencies);

  /** Guard matches with the token range each masks (its match, or its sentence). */
  function guardsOf(ctx: ParagraphContext): Array<{ cue: CueSpec; range: { from: number; to: number } }> {
    const out: Array<{ cue: CueSpec; range: { from: number; to: number } }> = [];
    for (let g = 0; g < index.groupCount; g++) {
      const cue = index.cueOfGroup[g]!;
      if (cue.kind !== "guard") continue;
      for (const m of ctx.matches(g)) out.push({ cue, range: cue.scope === "sentence" ? ctx.sentenceRange(m) : m });
    }
    return out;
  }

  /** Cue hits of one part with guards applied. */
  function hitsOf(ctx: ParagraphContext, part: number): Hit[] {
    const all: Hit[] = [];
    for (let g = 0; g < index.groupCount; g++) for (const m of ctx.matches(g)) all.push({ part, m, cue: index.cueOfGroup[g]! });
    const masked = new Uint8Array(ctx.tokens.count);
    for (const { range } of guardsOf(ctx)) masked.fill(1, range.from, range.to);
    return all.filter((h) => {
      if (h.cue.kind === "guard") return false;
      for (let t = h.m.from; t < h.m.to; t++) if (masked[t]) return false;
      return true;
    });
  }

  function span(part: Part, m: { from: number; to: number }, text: string): [number, number, string] {
    const [s, e] = toOriginalRange(part.ctx.norm, part.ctx.tokens.start[m.from] ?? 0, part.ctx.tokens.end[m.to - 1] ?? 0);
    return [part.offset + s, part.offset + e, text.slice(part.offset + s, part.offset + e)];
  }

  function classify(mail: MailInput, options: ClassifyOptions = {}): GiftVerdict {
    const html = mail.bodyType === "html" || (mail.bodyType === undefined && looksLikeHtml(mail.body));
    const fullBody = html ? htmlToText(mail.body) : mail.body;
    const max = options.maxChars ?? DEFAULT_MAX_CHARS;
    const body = fullBody.length > max ? fullBody.slice(0, max) : fullBody;
    const subject = mail.subject.slice(0, 2000);
    const fields = { subject, body };

    const parts: Part[] = [];
    let lang: Lang = "en";
    if (subject.trim()) {
      const ctx = new ParagraphContext(flatten(subject), 0, index, lang);
      parts.push({ field: "subject", offset: 0, ctx });
      lang = ctx.langs[ctx.langs.length - 1] ?? lang;
    }
    for (const [from, to] of blocks(body)) {
      const ctx = new ParagraphContext(flatten(body.slice(from, to)), parts.length, index, lang);
      parts.push({ field: "body", offset: from, ctx });
      lang = ctx.langs[ctx.langs.length - 1] ?? lang;
    }
    const hits = parts.flatMap((p, i) => hitsOf(p.ctx, i));
    const of = (kind: CueKind) => hits.filter((h) => h.cue.kind === kind);
    const actions = of("action");
    const objects = of("object");
    const weak = of("weak-object");
    const subjectPart = parts[0]?.field === "subject" ? 0 : -1;
    const w = book.settings.window;
    const near = (a: Hit, b: Hit) => a.part === b.part && a.m.from - b.m.to <= w && b.m.from - a.m.to <= w;
    const subjectAction = actions.some((a) => a.part === subjectPart);

    const eventHits: Hit[] = [];
    const addEvent = (...hs: Hit[]) => eventHits.push(...hs);
    for (const o of objects) {
      const a = actions.find((x) => near(o, x));
      if (a) addEvent(o, a);
      else if (o.part === subjectPart && actions.length > 0) addEvent(o, actions[0]!);
      else if (subjectAction && o.part !== subjectPart) addEvent(o, actions.find((x) => x.part === subjectPart)!);
    }
    for (const o of weak) {
      const a = actions.find((x) => near(o, x));
      const second = [...objects, ...weak].some((x) => x !== o && (x.part !== o.part || x.m.from !== o.m.from));
      if (a && second) addEvent(o, a);
    }
    addEvent(...of("frame"));
    // Conditions belong to an offer when they are in its block or a neighbouring one (an HTML
    // mail puts each sentence in its own paragraph), or in the subject.
    const eventParts = new Set<number>();
    for (const h of eventHits) for (const p of [h.part - 1, h.part, h.part + 1]) if (p >= 0 && p < parts.length) eventParts.add(p);
    if (subjectPart === 0 && eventParts.size > 0) eventParts.add(0);

    const evidence: GiftEvidence[] = [];
    const seen = new Set<string>();
    const pushHit = (h: Hit) => {
      const part = parts[h.part]!;
      const [start, end, text] = span(part, h.m, fields[part.field]);
      const key = `${part.field}:${start}:${end}`;
      if (seen.has(key)) return;
      seen.add(key);
      evidence.push({ field: part.field, start, end, text, cue: h.cue.id, kind: h.cue.kind, ...(h.cue.condition ? { condition: h.cue.condition } : {}) });
    };
    eventHits.forEach(pushHit);

    // Sender and recipients: a registered supplier; a private mail service.
    const sender = parseAddress(mail.from);
    const suppliers = options.suppliers ?? [];
    const counterpart = mail.direction === "outgoing" ? (mail.to ?? []).map(parseAddress) : [sender];
    const supplier = findSupplier(suppliers, counterpart, `${subject}\n${body}`);
    const procurementHits = hits.filter((h) => h.cue.condition === "procurement");
    const procurement = supplier !== undefined || procurementHits.length > 0;

    const conditions = new Set<GiftCondition>();
    if (eventHits.length > 0) {
      for (const h of hits) {
        if (h.cue.kind !== "condition" || !h.cue.condition) continue;
        if (h.cue.condition === "official" && mail.direction !== "outgoing") continue;
        if (h.cue.condition === "procurement" || eventParts.has(h.part)) {
          conditions.add(h.cue.condition);
          pushHit(h);
        }
      }
      if (supplier) {
        conditions.add("procurement");
        const field = mail.direction === "outgoing" ? "to" : "from";
        const text = mail.direction === "outgoing" ? (mail.to ?? []).join(", ") : mail.from;
        evidence.push({ field, start: 0, end: text.length, text, cue: "supplier.registered", kind: "sender", condition: "procurement" });
      }
      if (mail.direction !== "outgoing" && sender.domain && book.settings.freeMailDomains.includes(sender.domain)) {
        conditions.add("own-behalf");
        evidence.push({ field: "from", start: 0, end: mail.from.length, text: mail.from, cue: "sender.free-mail", kind: "sender", condition: "own-behalf" });
      }
      for (const p of eventParts) {
        const part = parts[p]!;
        const text = fields[part.field];
        const local = part.ctx.text;
        for (const a of local.matchAll(amountRe)) {
          const amount = parseAmount(amountGroups(a), book.settings.currencies);
          if (!amount || amount.value < (book.settings.valueThresholds[amount.currency] ?? Infinity)) continue;
          conditions.add("value");
          const start = part.offset + (a.index ?? 0);
          evidence.push({ field: part.field, start, end: start + a[0].length, text: text.slice(start, start + a[0].length), cue: "value.amount", kind: "amount", condition: "value" });
        }
      }
    }

    const risk = tier(eventHits.length > 0, conditions);
    const clauses = new Set<string>();
    if (risk !== "none") {
      clauses.add("P4.1.2");
      for (const c of conditions) clauses.add(GIFT_CONDITION_CLAUSE[c]);
      if (conditions.has("influence") && mail.direction !== "outgoing") clauses.add("P6.2");
    }
    evidence.sort((a, b) => fieldOrder(a.field) - fieldOrder(b.field) || a.start - b.start);
    return {
      risk,
      conditions: GIFT_CONDITIONS.filter((c) => conditions.has(c)),
      procurement,
      clauses: [...clauses],
      evidence,
      ...(supplier ? { supplier: supplier.name } : {}),
      bodyText: body,
      truncated: body.length < fullBody.length,
    };
  }

  function cueMatches(text: string, lang: Lang = "ru", options: { includeGuards?: boolean } = {}): CueMatch[] {
    const ctx = new ParagraphContext(flatten(text), 0, index, lang);
    const part: Part = { field: "body", offset: 0, ctx };
    const out = hitsOf(ctx, 0).map((h) => {
      const [start, end, t] = span(part, h.m, text);
      return { cue: h.cue, start, end, text: t };
    });
    if (options.includeGuards) {
      for (const g of guardsOf(ctx)) {
        const [start, end, t] = span(part, g.range, text);
        out.push({ cue: g.cue, start, end, text: t });
      }
    }
    return out;
  }

  return { book, classify, cueMatches };
}

function tier(event: boolean, conditions: ReadonlySet<GiftCondition>): GiftRisk {
  if (!event) return "none";
  if (conditions.has("procurement") || conditions.has("influence") || conditions.has("cash-like") || conditions.has("official") || conditions.size >= 2) return "high";
  return conditions.size === 1 ? "medium" : "low";
}

function fieldOrder(f: GiftEvidence["field"]): number {
  return f === "from" ? 0 : f === "to" ? 1 : f === "subject" ? 2 : 3;
}

/** Line breaks inside a block become spaces of the same length, so offsets stay the body's. */
function flatten(s: string): string {
  return s.replace(/[\r\n]/gu, " ");
}

/** Blocks separated by blank lines; a block longer than 4,000 characters is cut at line ends. */
function blocks(body: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /\r?\n[ \t]*\r?\n/gu;
  let from = 0;
  const push = (a: number, b: number) => {
    while (b - a > 4000) {
      const cut = body.lastIndexOf("\n", a + 4000);
      const at = cut > a ? cut : a + 4000;
      out.push([a, at]);
      a = at;
    }
    if (body.slice(a, b).trim()) out.push([a, b]);
  };
  for (const m of body.matchAll(re)) {
    push(from, m.index ?? 0);
    from = (m.index ?? 0) + m[0].length;
  }
  push(from, body.length);
  return out;
}

export interface Address {
  readonly name: string;
  readonly address: string;
  readonly domain: string;
}

export function parseAddress(s: string): Address {
  const m = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/u.exec(s);
  const address = (m ? m[2]! : s).trim().toLowerCase();
  const name = m ? m[1]!.trim() : "";
  const at = address.lastIndexOf("@");
  return { name, address, domain: at >= 0 ? address.slice(at + 1) : "" };
}

function foldName(s: string): string {
  return s.toLowerCase().replace(/[«»"'“”„]/gu, "").replace(/\s+/gu, " ").trim();
}

function findSupplier(suppliers: readonly Supplier[], people: readonly Address[], text: string): Supplier | undefined {
  // Nothing can match without a registry, and folding a 100 KB body costs about a millisecond.
  if (suppliers.length === 0) return undefined;
  const folded = foldName(text);
  for (const s of suppliers) {
    for (const p of people) {
      if (p.domain && (s.domains ?? []).some((d) => p.domain === d.toLowerCase() || p.domain.endsWith(`.${d.toLowerCase()}`))) return s;
      const names = [s.name, ...(s.aliases ?? [])].map(foldName).filter((n) => n.length >= 4);
      if (p.name && names.some((n) => foldName(p.name).includes(n))) return s;
    }
    // No lookbehind: the on-send handler runs on ECMAScript 2016 (tools/es2016-regex.cjs).
    if (s.bin && new RegExp(`(?:^|\\D)${s.bin}(?!\\d)`, "u").test(text)) return s;
    if ([s.name, ...(s.aliases ?? [])].map(foldName).some((n) => n.length >= 6 && folded.includes(n))) return s;
  }
  return undefined;
}

const MULTIPLIERS: Readonly<Record<string, number>> = { k: 1e3, тыс: 1e3, "тыс.": 1e3, мың: 1e3, thousand: 1e3, млн: 1e6, "млн.": 1e6, million: 1e6, миллион: 1e6 };

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

/** "$500", "500 USD", "50 000 тенге", "1,5 млн ₸", "200 мың теңге". */
function amountPattern(currencies: Readonly<Record<string, string>>): RegExp {
  const words = Object.keys(currencies).sort((a, b) => b.length - a.length).map(escape).join("|");
  const num = String.raw`\d{1,3}(?:[ \u00a0.,]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d+)?`;
  const mult = String.raw`(?:\s?(k|тыс\.?|мың|thousand|млн\.?|million|миллион\p{L}*))?`;
  // Numbered groups: named ones are ES2018 and the on-send handler runs on ES2016. AMOUNT_GROUPS names them.
  return new RegExp(String.raw`(?:(${words})\s?(${num})${mult}|(${num})${mult}\s?(${words}))(?![\p{L}\p{N}])`, "giu");
}

const AMOUNT_GROUPS = ["pre", "n1", "mult", "n2", "mult2", "post"] as const;

function amountGroups(m: RegExpExecArray): Record<string, string | undefined> {
  return Object.fromEntries(AMOUNT_GROUPS.map((name, i) => [name, m[i + 1]]));
}

function parseAmount(g: Record<string, string | undefined>, currencies: Readonly<Record<string, string>>): { value: number; currency: string } | undefined {
  const raw = g.n1 ?? g.n2;
  const word = (g.pre ?? g.post ?? "").toLowerCase();
  const currency = currencies[word];
  if (!raw || !currency) return undefined;
  let digits = raw.replace(/[ \u00a0]/gu, "");
  // "50.000" / "50,000" group thousands; "1,5" / "1.50" are decimals.
  digits = /[.,]\d{3}(?:[.,]|$)/u.test(digits) ? digits.replace(/[.,](?=\d{3}(?:[.,]|$))/gu, "") : digits;
  const value = Number(digits.replace(",", "."));
  const mult = MULTIPLIERS[(g.mult ?? g.mult2 ?? "").toLowerCase().replace(/^миллион\p{L}*/u, "миллион")] ?? 1;
  return Number.isFinite(value) ? { value: value * mult, currency } : undefined;
}
