/**
 * The items of one language version: each paragraph with the number it carries, read the way a
 * reader of a Kazakh or Russian act reads it. Both versions number the same item the same way
 * ("5.", "5.2.", "12-3)", "б)"), while headings differ in word order ("Глава 2" / "2-тарау",
 * "Приложение 1" / "1-қосымша"), so labels are reduced to a key both share.
 */

export type LabelKind = "num" | "paren" | "letter" | "chapter" | "section" | "article" | "annex" | "paragraph" | "roman";

export interface Label {
  readonly kind: LabelKind;
  /** What both versions share: "5.2", "12-3", "2" (the second letter), "" for an unnumbered annex. */
  readonly value: string;
  /** As written: "5.2.", "б)", "2-тарау". */
  readonly text: string;
}

export interface Item {
  /** Index of the paragraph in the version. */
  readonly paragraph: number;
  /**
   * The paragraph's text up to the item's end: an item glued onto the end of the previous item's
   * paragraph ("…полномочий. 34. Отчеты…") ends that item's text and starts its own at `from`.
   */
  readonly text: string;
  /** Where the item starts in `text` (0 unless it was glued onto the previous item's paragraph). */
  readonly from?: number;
  readonly label?: Label;
  /** Where the item's own words start in `text` (after a label written in the text). */
  readonly bodyStart: number;
  readonly words: number;
}

const ROMAN: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

function romanValue(s: string): number | undefined {
  let total = 0;
  const t = s.toLowerCase();
  for (let i = 0; i < t.length; i++) {
    const v = ROMAN[t[i] as string];
    const next = ROMAN[t[i + 1] as string] ?? 0;
    if (v === undefined) return undefined;
    total += v < next ? -v : v;
  }
  return total > 0 && total < 90 ? total : undefined;
}

/** Russian and Kazakh lists letter their sub-items in their alphabet; both orders are known. */
const RU_LETTERS = "абвгдежзиклмнопрстуфхцчшщэюя";
const KK_LETTERS = "аәбвгғдежзийкқлмнңоөпрстуұүфхһцчшщыіэюя";
/** Letters only the Kazakh alphabet has: a list using one of them is lettered in Kazakh order. */
const KK_ONLY = /[әғқңөұүһі]\)/u;

const HEADINGS: ReadonlyArray<{ kind: LabelKind; re: RegExp; group: number }> = [
  // "Глава 2.", "Раздел 3", "Статья 5.", "Приложение 1", "Параграф 2", "§ 2"
  { kind: "chapter", re: /^(глава|chapter)\s+(\d{1,3}|[ivxlc]{1,6})(?![\p{L}\p{N}])\.?/iu, group: 2 },
  { kind: "section", re: /^(раздел|section|part)\s+(\d{1,3}|[ivxlc]{1,6})(?![\p{L}\p{N}])\.?/iu, group: 2 },
  { kind: "article", re: /^(статья|article)\s+(\d{1,4}(?:-\d{1,3})?)(?![\p{L}\p{N}])\.?/iu, group: 2 },
  { kind: "annex", re: /^(приложение|annex|appendix)(?:\s+(?:№\s*)?(\d{1,3}))?(?=[\s.,:]|$)/iu, group: 2 },
  { kind: "paragraph", re: /^(параграф|§)\s*(\d{1,3})(?![\p{L}\p{N}])\.?/iu, group: 2 },
  // "2-тарау", "3-бөлім", "5-бап", "1-қосымша", "2-параграф", "2-§"
  { kind: "chapter", re: /^(\d{1,3})\s*-\s*тарау(?![\p{L}\p{N}])\.?/iu, group: 1 },
  { kind: "section", re: /^(\d{1,3})\s*-\s*бөлім(?![\p{L}\p{N}])\.?/iu, group: 1 },
  { kind: "article", re: /^(\d{1,4}(?:-\d{1,3})?)\s*-\s*бап(?![\p{L}\p{N}])\.?/iu, group: 1 },
  { kind: "annex", re: /^(\d{1,3})\s*-\s*қосымша(?![\p{L}\p{N}])\.?/iu, group: 1 },
  { kind: "paragraph", re: /^(\d{1,3})\s*-\s*(?:параграф|§)\.?/iu, group: 1 },
  // "Қосымша", "Қосымша 2" (an annex heading with its number after it)
  { kind: "annex", re: /^қосымша(?:\s+(?:№\s*)?(\d{1,3}))?(?=[\s.,:]|$)/iu, group: 1 },
];

/** "5.", "5.2.", "5.2" followed by a space and a word; "17.Құқықтар" (a typist's missing space). */
const NUMBERED = /^(\d{1,3}(?:\.\d{1,3}){0,4})(?:\.?(?=\s|$)|\.(?=\p{Lu}))/u;
/** "1)", "12-3)", "12.1)" */
const PAREN = /^(\d{1,3}(?:[-.]\d{1,3}){0,2})\)(?=\s|$)/u;
/** "а)", "ә)", "a)" */
const LETTER = /^([а-яёәғқңөұүһіa-z])\)(?=\s|$)/iu;
/** "I.", "IV." as a heading label. */
const ROMAN_RE = /^([IVXLC]{1,6})\.(?=\s)/u;
/** "5-тармақ." / "Пункт 5." written as an item heading. */
const ITEM_WORD = /^(?:(\d{1,3}(?:\.\d{1,3})*)\s*-\s*тармақ\.?|пункт\s+(\d{1,3}(?:\.\d{1,3})*)\.?)(?=\s|$)/iu;

export interface LabelSource {
  readonly text: string;
  /** A list number the host read from Word's numbering ("4.2.", "а)"), not part of `text`. */
  readonly label?: string;
}

/** Reads the label at the start of `s` (a paragraph, or a host's list number). */
export function parseLabel(s: string, kazakhLetters: boolean): { label: Label; length: number } | undefined {
  const lead = /^\s*/u.exec(s)?.[0].length ?? 0;
  const t = s.slice(lead);
  const make = (kind: LabelKind, value: string, m: RegExpExecArray) => ({ label: { kind, value, text: m[0].trim() }, length: lead + m[0].length });
  let m = ITEM_WORD.exec(t);
  if (m) return make("num", (m[1] ?? m[2] ?? "").replace(/\.$/u, ""), m);
  for (const h of HEADINGS) {
    m = h.re.exec(t);
    if (!m) continue;
    const raw = m[h.group] ?? "";
    const roman = /^[ivxlc]+$/iu.test(raw) ? romanValue(raw) : undefined;
    return make(h.kind, roman !== undefined ? String(roman) : raw, m);
  }
  m = NUMBERED.exec(t);
  if (m) return make("num", m[1] as string, m);
  m = PAREN.exec(t);
  if (m) return make("paren", (m[1] as string).replace(/\./gu, "-"), m);
  m = LETTER.exec(t);
  if (m) {
    const letter = (m[1] as string).toLowerCase();
    const alphabet = kazakhLetters ? KK_LETTERS : /[a-z]/u.test(letter) ? "abcdefghijklmnopqrstuvwxyz" : RU_LETTERS;
    const i = alphabet.indexOf(letter);
    if (i >= 0) return make("letter", String(i + 1), m);
  }
  m = ROMAN_RE.exec(t);
  if (m) {
    const v = romanValue(m[1] as string);
    if (v !== undefined) return make("roman", String(v), m);
  }
  return undefined;
}

function countWords(s: string): number {
  return s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/**
 * A numbered item glued onto the end of the previous item's paragraph by the source's formatting:
 * "33. … полномочий. 34. Отчеты …", where the version has no paragraph of its own for 34. Only the
 * next number after a sentence end, followed by a capital, and only when no later paragraph
 * carries that number.
 */
function splitGlued(items: Item[]): Item[] {
  const out: Item[] = [];
  const numbers = new Set(items.flatMap((it) => (it.label?.kind === "num" ? [it.label.value] : [])));
  // The number of the item a paragraph belongs to: its own, or the last one before it.
  let last: number | undefined;
  for (const it of items) {
    if (it.label?.kind === "num" && /^\d+$/u.test(it.label.value)) last = Number(it.label.value);
    out.push(it);
    let cur = it;
    while (last !== undefined) {
      const next = String(last + 1);
      if (numbers.has(next)) break;
      const from = Math.max(cur.bodyStart, cur.from ?? 0);
      const m = new RegExp(`(?<=[.;!?»")]\\s+)(${next})\\.\\s+(?=\\p{Lu})`, "u").exec(cur.text.slice(from));
      if (!m) break;
      const at = from + m.index;
      const head: Item = { ...cur, text: cur.text.slice(0, at).trimEnd(), words: countWords(cur.text.slice(from, at)) };
      const bodyStart = at + m[0].length;
      const tail: Item = { paragraph: cur.paragraph, text: it.text, from: at, label: { kind: "num", value: next, text: `${next}.` }, bodyStart, words: countWords(it.text.slice(bodyStart)) };
      out[out.length - 1] = head;
      out.push(tail);
      numbers.add(next);
      last += 1;
      cur = tail;
    }
  }
  return out;
}

/** Every non-empty paragraph as an item, with its label. */
export function itemsOf(paragraphs: readonly LabelSource[]): Item[] {
  const kazakhLetters = paragraphs.some((p) => KK_ONLY.test(p.label ?? "") || KK_ONLY.test(p.text.trimStart().slice(0, 2)));
  const out: Item[] = [];
  paragraphs.forEach((p, i) => {
    if (p.text.trim() === "") return;
    const fromHost = p.label?.trim() ? parseLabel(p.label, kazakhLetters) : undefined;
    const inText = fromHost ? undefined : parseLabel(p.text, kazakhLetters);
    const label = fromHost?.label ?? inText?.label;
    const bodyStart = inText?.length ?? 0;
    out.push({ paragraph: i, text: p.text, ...(label ? { label } : {}), bodyStart, words: countWords(p.text.slice(bodyStart)) });
  });
  return splitGlued(out);
}

/** Chapters and sections are one thing to a reader ("1. Жалпы ережелер" is chapter 1 in both). */
export function labelKey(l: Label | undefined): string | undefined {
  if (!l) return undefined;
  const kind = l.kind === "roman" ? "chapter" : l.kind;
  return `${kind}:${l.value}`;
}
