/**
 * The gift and hospitality detector (policy 4.1.2, 4.1.3, 4.3.1): a mail in, a risk level with
 * the conditions met, the evidence and the clause of each out.
 *
 * A mail is read as a situation, not as a bag of gift words. Cues are data (rules/gifts.yml);
 * this file says how they combine:
 *  1. Who wrote what: the subject, the sender's own text, the signature, the quoted chain
 *     (mail-structure.ts). A signature offers nothing; an offer in the quoted chain or the subject
 *     stands unless the sender's own text declines it.
 *  2. Texts that only talk about gifts are set aside first: a guard masks a false friend (deal
 *     ticket, сыйлықақы, откат релиза), a sentence (a rule quoted, a hypothetical, a payroll or
 *     canteen notice), or the whole mail (a course on gifts, a news digest, a returned present).
 *  3. What happens: a gift event is a thing of value with an action near it (offered, promised,
 *     given, paid for someone, asked for, accepted, thanked for) or said to the addressee ("вам
 *     подарочная карта на 100к"), a weaker thing (a hotel, a job,
 *     a renovation, a discount) with an action and something more (a second thing of value in the
 *     mail, a personal beneficiary or a money channel near), or a phrase that is the event by
 *     itself (a reward promised without naming it, a card number asked for a transfer).
 *  4. The circumstances, counted in the parts of the mail that hold an event: a decision pending
 *     or just made and explicit favours (a), own name and personal channels (b), secrecy (c),
 *     money and its equivalents (d), value (e), procurement (4.1.3), an official (4.3.1); and
 *     what the addresses tell: a registered supplier, a private mail service, a state body.
 *  5. low = an event; medium = one of own-behalf, secrecy, value; high = influence, cash-like,
 *     procurement, an official, or two conditions.
 * Pure and synchronous: it runs in the Outlook on-send handler, which must answer within a second.
 */
import { toOriginalRange } from "../text/normalize";
import type { Lang } from "../types";
import { htmlToText, looksLikeHtml } from "./html-to-text";
import { mailSegments, type SegmentRole } from "./mail-structure";
import { CueIndex, PartReader, type CueHit } from "./reader";
import { GIFT_CONDITION_CLAUSE, GIFT_CONDITIONS, baseClause, validateGiftBook, type CueKind, type CueSpec, type GiftBook, type GiftBookSource, type GiftCondition } from "./spec";

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
  /** Recipients of an outgoing mail (To, Cc and Bcc alike), to spot a supplier or an official. */
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
  /** The cue id (`object.gift`), or `supplier.registered`, `sender.free-mail`, `recipient.official`, `value.amount`. */
  readonly cue: string;
  readonly kind: CueKind | "sender" | "recipient" | "amount";
  readonly condition?: GiftCondition;
  /** The clause this piece of evidence bears on: P4.1.2 for the event, P4.1.2a–e, P4.1.3 or P4.3.1 for a condition. */
  readonly clause: string;
}

export interface GiftVerdict {
  readonly risk: GiftRisk;
  readonly conditions: readonly GiftCondition[];
  /** The mail comes from or mentions a procurement participant or procedure (4.1.3). */
  readonly procurement: boolean;
  /** Clauses to cite: P4.1.2, P4.1.3, P4.3.1, P6.2 (the lettered conditions are on the evidence). */
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
  /**
   * Cue matches in a mail body read piece by piece as `classify` reads it (own text, signature,
   * quoted chain, blocks between blank lines), offsets into the body: what `adal mail` explains.
   */
  cueMatchesByPiece(body: string, lang?: Lang, options?: { includeGuards?: boolean }): Array<CueMatch & { readonly role: SegmentRole }>;
}

const DEFAULT_MAX_CHARS = 400_000;
const MAX_BLOCK = 4000;
/** A body shorter than this is one exchange: two things of value anywhere in it belong together. */
const SHORT_MAIL = 1000;
/** How many blocks either side a course, news or report marker deep in a long body covers. */
const GENRE_REACH = 3;
/** The shortest explained word whose longer forms in a subject count as the same word ("конверт" → "конверттер"). */
const STEM_MIN = 5;

interface Part {
  readonly field: "subject" | "body";
  readonly role: SegmentRole | "subject";
  readonly offset: number;
  readonly length: number;
  /** The mail-wide guards (a course, a digest, a returned present) matched here, each as the markers that lift it (none: nothing does). */
  readonly genre: ReadonlyArray<readonly string[]>;
  /** The piece declines. */
  readonly refusal: boolean;
}

/**
 * A cue match that survived the guards, with what later steps need from its piece: where it is
 * in the field and its words. The piece's tokens are not kept: a long mail is a thousand pieces,
 * and holding them all to the end made them outlive the young generation (a 100 KB body spent
 * more time in the garbage collector than in reading).
 */
interface Hit {
  readonly part: number;
  readonly cue: CueSpec;
  /** Token positions within the piece (for "near"). */
  readonly from: number;
  readonly to: number;
  /** UTF-16 offsets in the field. */
  readonly start: number;
  readonly end: number;
  readonly words: string;
}

export function createGiftDetector(source: GiftBookSource): GiftDetector {
  const book = validateGiftBook(source);
  const cues = new CueIndex(book, source.source);
  const amountRe = amountPattern(book.settings.currencies);
  const w = book.settings.window;

  /** Offsets in the original text of a token range of a reader. */
  function span(reader: PartReader, m: { from: number; to: number }): [number, number] {
    return toOriginalRange(reader.norm, reader.tokens.start[m.from] ?? 0, reader.tokens.end[m.to - 1] ?? 0);
  }

  function readParts(subject: string, body: string): { parts: Part[]; hits: Hit[] } {
    const parts: Part[] = [];
    const hits: Hit[] = [];
    // words the body's guards explain ("конверт … бірлескен жоспар, хаттама"): a subject that names only
    // them ("Конверт жолданды") speaks of the same thing
    const explained = new Set<string>();
    let lang: Lang = "en";
    const add = (field: "subject" | "body", role: Part["role"], offset: number, text: string) => {
      const reader = new PartReader(flatten(text), cues, lang);
      const part = parts.length;
      for (const h of reader.hits) {
        const [s, e] = span(reader, h.m);
        hits.push({ part, cue: h.cue, from: h.m.from, to: h.m.to, start: offset + s, end: offset + e, words: reader.tokens.lower.slice(h.m.from, h.m.to).join(" ") });
      }
      if (field === "body") for (const g of reader.guards) for (let t = g.range.from; t < g.range.to; t++) explained.add(reader.tokens.lower[t] ?? "");
      const genre = reader.guards.filter((g) => g.cue.scope === "mail").map((g) => g.cue.unless ?? []);
      const refusal = reader.guards.some((g) => g.cue.refusal);
      parts.push({ field, role, offset, length: text.length, genre, refusal });
      lang = reader.lastLang ?? lang;
    };
    if (subject.trim()) add("subject", "subject", 0, subject);
    for (const p of bodyPieces(body)) add("body", p.role, p.from, body.slice(p.from, p.to));
    // a word is explained in any of its forms: "ас" by "асының", "конверттер" by "конверттері" or "конверт"
    const forms = [...explained];
    const known = (w: string) => explained.has(w) || forms.some((e) => (e.length > w.length && e.startsWith(w)) || (e.length >= STEM_MIN && w.startsWith(e)));
    const echo = (h: Hit) => parts[h.part]!.role === "subject" && h.words.split(" ").every(known);
    return { parts, hits: explained.size > 0 ? hits.filter((h) => !echo(h)) : hits };
  }

  function classify(mail: MailInput, options: ClassifyOptions = {}): GiftVerdict {
    const html = mail.bodyType === "html" || (mail.bodyType === undefined && looksLikeHtml(mail.body));
    const fullBody = html ? htmlToText(mail.body) : mail.body;
    const max = options.maxChars ?? DEFAULT_MAX_CHARS;
    const body = fullBody.length > max ? fullBody.slice(0, max) : fullBody;
    const subject = mail.subject.slice(0, 2000);
    const fields = { subject, body };
    const outgoing = mail.direction === "outgoing";
    const { parts, hits } = readParts(subject, body);
    const spoken = (h: Hit) => parts[h.part]!.role !== "signature";
    const of = (kind: CueKind) => hits.filter((h) => h.cue.kind === kind && spoken(h));

    // 2. A mail that only talks about gifts (a course, the news, a present reported as returned),
    // and a sender who declines: what they decline is named in the subject or quoted below. Said
    // in the subject or in a short mail, the genre holds for the whole mail; deep in a long one,
    // only for the blocks around it (a long mail may quote a rule and still make an offer).
    const short = body.length < SHORT_MAIL;
    let mailGuarded = false;
    const guardedParts = new Set<number>();
    let declines = false;
    // a mail-wide guard holds unless its marker is anywhere in the mail
    const markers = new Set(hits.filter((h) => h.cue.kind === "marker").map((h) => h.cue.id));
    parts.forEach((p, i) => {
      if (p.role === "signature") return;
      if (p.genre.some((unless) => !unless.some((u) => markers.has(u)))) {
        if (p.role === "subject" || short) mailGuarded = true;
        else for (let k = i - GENRE_REACH; k <= i + GENRE_REACH; k++) guardedParts.add(k);
      }
      if (p.refusal && p.role === "own") declines = true;
    });
    const counts = (h: Hit) => !mailGuarded && !guardedParts.has(h.part) && !(declines && (parts[h.part]!.role === "subject" || parts[h.part]!.role === "quoted"));

    // 3. Events.
    const near = (a: Hit, b: Hit) => a.part === b.part && a.from - b.to <= w && b.from - a.to <= w;
    const wordsOf = (h: Hit) => h.words;
    const actions = of("action").filter(counts);
    const objects = of("object").filter(counts);
    const weak = of("weak-object").filter(counts);
    // A person or a money channel near a weaker thing makes it a gift: "ремонт у вас в квартире",
    // "стажировка для вашего сына", "путёвка на ваше имя", an official's family.
    const supports = hits.filter((h) => counts(h) && spoken(h) && (h.cue.kind === "person" || (h.cue.kind === "condition" && !h.cue.outgoing && (h.cue.condition === "own-behalf" || h.cue.condition === "cash-like" || h.cue.condition === "official"))));
    const subjectPart = parts[0]?.role === "subject" ? 0 : -1;
    const subjectAction = actions.find((a) => a.part === subjectPart);
    const eventHits: Hit[] = [];
    for (const o of objects) {
      const a = actions.find((x) => near(o, x)) ?? (o.part === subjectPart ? actions[0] : undefined) ?? (subjectAction && o.part !== subjectPart ? subjectAction : undefined);
      if (a) eventHits.push(o, a);
      // A thing of value said to someone needs no verb: "вам подарочная карта на 100к", "сізге «Nomad
      // SPA» сертификаты на двоих" — the person it is for, near it, is the offer.
      else {
        const to = supports.find((x) => near(o, x) && x.cue.kind === "person" && x.cue.addressee === true);
        if (to) eventHits.push(o, to);
      }
    }
    for (const o of weak) {
      const a = actions.find((x) => near(o, x));
      if (!a) {
        // A stay with a second thing of value, held "для вас" / "сен үшін", needs no verb either: "Дубай,
        // отель 5*, перелёт бизнес … одно место держим для вас"
        const to = supports.find((x) => near(o, x) && x.cue.kind === "person" && x.cue.addressee === true);
        const other = [...objects, ...weak].find((x) => x !== o && wordsOf(x) !== wordsOf(o) && x.part === o.part);
        if (to && other) eventHits.push(o, other, to);
        continue;
      }
      // A second thing, not the same word again (the subject often repeats the body's); in a long
      // text it must be in the same block or the subject: things far apart are not one offer.
      const together = (x: Hit) => short || x.part === o.part || x.part === subjectPart || o.part === subjectPart;
      const second = [...objects, ...weak].some((x) => x !== o && wordsOf(x) !== wordsOf(o) && together(x));
      const support = supports.find((x) => near(o, x) && !x.cue.addressee);
      const gives = actions.find((x) => x.cue.gives && near(o, x));
      if (gives) eventHits.push(o, gives);
      else if (second || support) eventHits.push(o, a, ...(support && support.cue.kind === "person" ? [support] : []));
    }
    for (const f of of("favour").filter(counts)) {
      const a = actions.find((x) => near(f, x));
      const beneficiary = supports.find((x) => near(f, x));
      // "Для вас лично — скидка 70%": said to someone in person, the favour is offered without a verb.
      const personal = supports.find((x) => near(f, x) && x.cue.condition === "own-behalf");
      if (a && beneficiary) eventHits.push(f, a, ...(beneficiary.cue.kind === "person" ? [beneficiary] : []));
      else if (personal) eventHits.push(f);
    }
    // The cost taken off someone close to the addressee, or off the addressee's own private things,
    // is a gift whatever is paid for: "наш юрист бесплатно подготовит документы на вашу квартиру",
    // "сіздің жеке сайтыңызды … тегін орналастырдық".
    for (const p of actions.filter((a) => a.cue.free)) {
      const person = supports.find((x) => near(p, x) && ((x.cue.kind === "person" && !x.cue.addressee) || (x.cue.kind === "condition" && x.cue.condition === "own-behalf")));
      if (person) eventHits.push(p, person);
    }
    // An employee asking a contractor to pay for something of his ("could Brightway cover my team's
    // dinner", "дастарханды сенің жақ көтеріп берсе") is a solicitation when he also holds something
    // over them (an act to sign, a renewal, a tender): such frames count only in outgoing mail with
    // that pressure in it.
    // Hiding it from the official channel in the mail's own text ("send confirmations to me, not to his official address") is
    // pressure too: an employee's ordinary request to a contractor has nothing to hide (a subject line is not enough).
    const secret = (h: Hit) => h.cue.condition === "secrecy" && h.cue.channel !== true;
    const pressure = hits.some((h) => counts(h) && spoken(h) && h.cue.kind === "condition" && (h.cue.condition === "influence" || h.cue.condition === "procurement" || (secret(h) && parts[h.part]?.role !== "subject")));
    // Phrases that are a reward only beside a decision or secrecy ("половину экономии вернёте мне" after an estimate
    // signed, "появляться не обязательно" to a member of the judging commission) need one of them spoken in the
    // sender's own text, in the phrase's block or the next one, outside the phrase itself: a procurement word, a money
    // channel or a subject line is everyday office mail ("Re: Тендер …", "половину вернёте мне на карту" for a taxi).
    // A messenger named alone ("итоги пришлю в WhatsApp", a `channel` cue) is how offices talk too: no secrecy for this purpose.
    const beside = (f: Hit) =>
      hits.some((h) => counts(h) && spoken(h) && h.cue.kind === "condition" && (h.cue.condition === "influence" || secret(h)) && parts[h.part]?.role !== "subject" && Math.abs(h.part - f.part) <= 1 && (h.part !== f.part || h.to <= f.from || h.from >= f.to));
    eventHits.push(...of("frame").filter((h) => counts(h) && (!h.cue.outgoing || (outgoing && pressure)) && (!h.cue.pressed || beside(h))));
    // Veiled: no verb of giving, but a thing of value next to a decision and to secrecy or a
    // personal channel ("По акту всё в порядке? Коньяк в машине, это между нами").
    if (eventHits.length === 0) {
      const close = (a: Hit, b: Hit) => Math.abs(a.part - b.part) <= 1;
      const condition = (c: GiftCondition) => hits.filter((h) => counts(h) && spoken(h) && h.cue.kind === "condition" && h.cue.condition === c && !h.cue.outgoing);
      const decisions = condition("influence");
      const hidden = [...condition("secrecy"), ...condition("own-behalf"), ...condition("cash-like")];
      // The addressee's family next to a thing of value is personal however it is said, and a
      // procurement the sender takes part in is a decision pending ("ұлыңызға тағылымдамаға орын бар
      // … конкурстың бағалау кестесі қашан?", "a paid internship for your daughter … our bid").
      const pending = [...decisions, ...condition("procurement")];
      const family = supports.filter((x) => x.cue.kind === "person" && !x.cue.addressee);
      // "тендер по ремонту кровли": what a procurement buys is not a thing offered
      const bought = (o: Hit) => pending.some((x) => x.part === o.part && o.from >= x.to && o.from - x.to <= PROCURED_SUBJECT);
      // Money named only by its channel or its slang ("300 на карту … не по почте", "15 мың, Kaspi-ге … квитанция берілмейді",
      // "с нас десятка") is the thing given when a decision stands beside it in the sender's own text and the money is hidden,
      // or named in slang with a promise or a request of its own beside it: the price of an act signed, a service sped up, a
      // list climbed. A card, Kaspi or cash named plainly with a decision is everyday payment ("субсидию перечислим на карту").
      const money = condition("cash-like").filter((m) => parts[m.part]?.role !== "subject");
      const spokenDecisions = decisions.filter((x) => parts[x.part]?.role !== "subject");
      const apart = (a: Hit, b: Hit) => a.part !== b.part || a.to <= b.from || b.to <= a.from;
      for (const m of money) {
        const d = spokenDecisions.find((x) => close(m, x));
        if (!d) continue;
        const s = hidden.find((x) => close(m, x) && x.cue.condition !== "cash-like" && apart(x, m));
        const a = m.cue.slang ? actions.find((x) => near(m, x) && apart(x, m)) : undefined;
        if (s || a) {
          eventHits.push(m, d, ...(s ? [s] : []), ...(a ? [a] : []));
          break;
        }
      }
      if (eventHits.length === 0) for (const o of [...objects, ...weak, ...of("favour").filter(counts)]) {
        const d = decisions.find((x) => close(o, x));
        const s = hidden.find((x) => close(o, x) && x !== d);
        const p = bought(o) ? undefined : pending.find((x) => close(o, x));
        const f = family.find((x) => close(o, x));
        // a bidder's thing of value kept off the record is the same offer: "не по почте … столик на субботу"
        const ps = p && hidden.find((x) => close(o, x) && x.cue.condition === "secrecy");
        if ((d && s) || (p && f) || ps) {
          eventHits.push(o);
          break;
        }
      }
    }

    // 4. Circumstances. They belong to an event when they are in its block or a neighbouring one
    // (an HTML mail puts each sentence in its own paragraph), or in the subject.
    const eventParts = new Set<number>();
    for (const h of eventHits) for (const p of [h.part - 1, h.part, h.part + 1]) if (p >= 0 && p < parts.length) eventParts.add(p);
    if (subjectPart === 0 && eventParts.size > 0) eventParts.add(0);

    const evidence: GiftEvidence[] = [];
    const seen = new Set<string>();
    const pushHit = (h: Hit) => {
      const part = parts[h.part]!;
      const { start, end } = h;
      const text = fields[part.field].slice(start, end);
      const condition = h.cue.kind === "condition" ? h.cue.condition : h.cue.implies;
      // The same words may be the thing offered and a condition ("конверт"): one entry per role.
      const key = `${part.field}:${start}:${end}:${condition ?? ""}`;
      if (seen.has(key)) return;
      seen.add(key);
      evidence.push({ field: part.field, start, end, text, cue: h.cue.id, kind: h.cue.kind, ...(condition ? { condition } : {}), clause: condition ? GIFT_CONDITION_CLAUSE[condition] : "P4.1.2" });
    };
    eventHits.forEach(pushHit);

    const sender = parseAddress(mail.from);
    const recipients = (mail.to ?? []).map(parseAddress);
    const suppliers = options.suppliers ?? [];
    const supplier = findSupplier(suppliers, outgoing ? recipients : [sender], `${subject}\n${body}`);
    const procurementHits = hits.filter((h) => h.cue.condition === "procurement");
    const procurement = supplier !== undefined || procurementHits.length > 0;

    const conditions = new Set<GiftCondition>();
    // "Ақшасын ойламаңыз", "по деньгам не беспокойтесь": the money there is the cost waived, not money given.
    const free = actions.filter((a) => a.cue.free);
    const inFree = (h: Hit) => free.some((f) => f.part === h.part && f.from <= h.from && h.to <= f.to);
    if (eventHits.length > 0) {
      for (const h of eventHits) if (h.cue.implies) conditions.add(h.cue.implies);
      for (const h of hits) {
        if (h.cue.kind !== "condition" || !h.cue.condition) continue;
        if (h.cue.outgoing && !outgoing) continue;
        if (h.cue.condition === "cash-like" && inFree(h)) continue;
        if (h.cue.condition === "procurement" || eventParts.has(h.part)) {
          conditions.add(h.cue.condition);
          pushHit(h);
        }
      }
      const whole = (field: "from" | "to", text: string, cue: string, kind: "sender" | "recipient", condition: GiftCondition) => {
        conditions.add(condition);
        evidence.push({ field, start: 0, end: text.length, text, cue, kind, condition, clause: GIFT_CONDITION_CLAUSE[condition] });
      };
      if (supplier) whole(outgoing ? "to" : "from", outgoing ? (mail.to ?? []).join(", ") : mail.from, "supplier.registered", outgoing ? "recipient" : "sender", "procurement");
      if (!outgoing && sender.domain && book.settings.freeMailDomains.includes(sender.domain)) whole("from", mail.from, "sender.free-mail", "sender", "own-behalf");
      if (outgoing) {
        const officials = (mail.to ?? []).filter((_, i) => isOfficialDomain(recipients[i]!.domain, book.settings.officialDomainLabels));
        if (officials.length > 0) whole("to", officials.join(", "), "recipient.official", "recipient", "official");
      }
      for (const p of eventParts) {
        const part = parts[p]!;
        const text = fields[part.field];
        for (const a of text.slice(part.offset, part.offset + part.length).matchAll(amountRe)) {
          const amount = parseAmount(a, book.settings.currencies);
          if (!amount || amount.value < (book.settings.valueThresholds[amount.currency] ?? Infinity)) continue;
          conditions.add("value");
          const start = part.offset + (a.index ?? 0);
          evidence.push({ field: part.field, start, end: start + a[0].length, text: text.slice(start, start + a[0].length), cue: "value.amount", kind: "amount", condition: "value", clause: GIFT_CONDITION_CLAUSE.value });
        }
      }
    }

    const risk = tier(eventHits.length > 0, conditions);
    const clauses = new Set<string>();
    if (risk !== "none") {
      clauses.add("P4.1.2");
      for (const c of conditions) clauses.add(baseClause(GIFT_CONDITION_CLAUSE[c]));
      if (conditions.has("influence") && !outgoing) clauses.add("P6.2");
    }
    evidence.sort((a, b) => fieldOrder(a.field) - fieldOrder(b.field) || a.start - b.start);
    return {
      risk,
      conditions: GIFT_CONDITIONS.filter((c) => conditions.has(c)),
      procurement,
      clauses: [...clauses],
      evidence: risk === "none" ? [] : evidence,
      ...(supplier ? { supplier: supplier.name } : {}),
      bodyText: body,
      truncated: body.length < fullBody.length,
    };
  }

  function cueMatches(text: string, lang: Lang = "ru", options: { includeGuards?: boolean } = {}): CueMatch[] {
    const reader = new PartReader(flatten(text), cues, lang);
    const at = (m: { from: number; to: number }) => {
      const [start, end] = span(reader, m);
      return { start, end, text: text.slice(start, end) };
    };
    const out: CueMatch[] = reader.hits.map((h: CueHit) => ({ cue: h.cue, ...at(h.m) }));
    if (options.includeGuards) for (const g of reader.guards) out.push({ cue: g.cue, ...at(g.range) });
    return out;
  }

  function cueMatchesByPiece(body: string, lang: Lang = "ru", options: { includeGuards?: boolean } = {}): Array<CueMatch & { readonly role: SegmentRole }> {
    const out: Array<CueMatch & { readonly role: SegmentRole }> = [];
    for (const p of bodyPieces(body)) {
      for (const m of cueMatches(body.slice(p.from, p.to), lang, options)) out.push({ ...m, start: m.start + p.from, end: m.end + p.from, role: p.role });
    }
    return out;
  }

  return { book, classify, cueMatches, cueMatchesByPiece };
}

function tier(event: boolean, conditions: ReadonlySet<GiftCondition>): GiftRisk {
  if (!event) return "none";
  if (conditions.has("procurement") || conditions.has("influence") || conditions.has("cash-like") || conditions.has("official") || conditions.size >= 2) return "high";
  return conditions.size === 1 ? "medium" : "low";
}

function fieldOrder(f: GiftEvidence["field"]): number {
  return f === "from" ? 0 : f === "to" ? 1 : f === "subject" ? 2 : 3;
}

/** Tokens after a procurement word within which a thing is what is procured ("тендер по ремонту"). */
const PROCURED_SUBJECT = 4;

/** Line breaks inside a block become spaces of the same length, so offsets stay the body's. */
function flatten(s: string): string {
  // A reply's "> " marks go too: left in, they glue the quoted lines into one sentence, and a
  // disclaimer at the end of the quote then masks the offer above it.
  return s.includes(">") ? s.replace(LINE_BREAK_OR_QUOTE_MARK, blank) : s.replace(LINE_BREAK, " ");
}
const LINE_BREAK = /[\r\n]/gu;
const LINE_BREAK_OR_QUOTE_MARK = /[\r\n](?:[ \t]*>[> \t]*)?|^[ \t]*>[> \t]*/gu;
const blank = (m: string) => (m.length === 1 ? " " : " ".repeat(m.length));

/** The pieces a body is read in: each segment (own text, signature, quoted chain) cut into blocks. */
function bodyPieces(body: string): Array<{ role: SegmentRole; from: number; to: number }> {
  const out: Array<{ role: SegmentRole; from: number; to: number }> = [];
  for (const seg of mailSegments(body)) for (const [from, to] of blocks(body, seg.from, seg.to)) out.push({ role: seg.role, from, to });
  return out;
}

/** Blocks of body[from, to) separated by blank lines; a block longer than 4,000 characters is cut at line ends. */
function blocks(body: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /\r?\n[ \t]*\r?\n/gu;
  re.lastIndex = from;
  const push = (a: number, b: number) => {
    while (b - a > MAX_BLOCK) {
      const cut = body.lastIndexOf("\n", a + MAX_BLOCK);
      const at = cut > a ? cut : a + MAX_BLOCK;
      out.push([a, at]);
      a = at;
    }
    if (body.slice(a, b).trim()) out.push([a, b]);
  };
  let start = from;
  for (let m = re.exec(body); m && m.index < to; m = re.exec(body)) {
    push(start, m.index);
    start = Math.min(m.index + m[0].length, to);
  }
  push(start, to);
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

/** A state body's address: one of its domain labels is in the list (gov, akimat, …). */
function isOfficialDomain(domain: string, labels: readonly string[]): boolean {
  return domain !== "" && domain.split(".").some((l) => labels.includes(l));
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
    if (s.bin && containsNumber(text, s.bin)) return s;
    if ([s.name, ...(s.aliases ?? [])].map(foldName).some((n) => n.length >= 6 && folded.includes(n))) return s;
  }
  return undefined;
}

/** `digits` in `text` not as part of a longer number (no lookbehind: the on-send bundle is ES2016). */
function containsNumber(text: string, digits: string): boolean {
  const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
  for (let at = text.indexOf(digits); at >= 0; at = text.indexOf(digits, at + 1)) {
    if (!isDigit(text.charCodeAt(at - 1)) && !isDigit(text.charCodeAt(at + digits.length))) return true;
  }
  return false;
}

const MULTIPLIERS: Readonly<Record<string, number>> = { k: 1e3, тыс: 1e3, "тыс.": 1e3, мың: 1e3, thousand: 1e3, млн: 1e6, "млн.": 1e6, million: 1e6, миллион: 1e6 };

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

/** "$500", "500 USD", "50 000 тенге", "1,5 млн ₸", "200 мың теңге". Numbered groups: the on-send bundle is ES2016. */
function amountPattern(currencies: Readonly<Record<string, string>>): RegExp {
  const words = Object.keys(currencies).sort((a, b) => b.length - a.length).map(escape).join("|");
  const num = String.raw`\d{1,3}(?:[ \u00a0.,]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d+)?`;
  const mult = String.raw`(?:\s?(k|тыс\.?|мың|thousand|млн\.?|million|миллион\p{L}*))?`;
  // 1 currency before, 2 number, 3 multiplier | 4 number, 5 multiplier, 6 currency after.
  return new RegExp(String.raw`(?:(${words})\s?(${num})${mult}|(${num})${mult}\s?(${words}))(?![\p{L}\p{N}])`, "giu");
}

function parseAmount(m: RegExpMatchArray, currencies: Readonly<Record<string, string>>): { value: number; currency: string } | undefined {
  const raw = m[2] ?? m[4];
  const word = (m[1] ?? m[6] ?? "").toLowerCase();
  const currency = currencies[word];
  if (!raw || !currency) return undefined;
  let digits = raw.replace(/[ \u00a0]/gu, "");
  // "50.000" / "50,000" group thousands; "1,5" / "1.50" are decimals.
  digits = /[.,]\d{3}(?:[.,]|$)/u.test(digits) ? digits.replace(/[.,](?=\d{3}(?:[.,]|$))/gu, "") : digits;
  const value = Number(digits.replace(",", "."));
  const mult = MULTIPLIERS[(m[3] ?? m[5] ?? "").toLowerCase().replace(/^миллион\p{L}*/u, "миллион")] ?? 1;
  return Number.isFinite(value) ? { value: value * mult, currency } : undefined;
}
