/**
 * Where a paragraph sits in an act's numbering, as a lawyer cites it: "26.", "11.1.", and for a
 * sub-item "1)" or "а)" the item it belongs to ("1) of item 26"). A sub-item's own number repeats in
 * every item, so without its item a reader must find the provision by its words (expert rounds 37–38).
 * Pure: the conclusion and the CLI reports share it.
 */

export interface NumberedParagraph {
  readonly text: string;
  /** Word's automatic list number ("4.2.", "а)"), which is not part of `text`. */
  readonly label?: string;
  readonly part?: "body" | "table" | "header" | "footer";
}

/** An item ("26.", "11.1", "4.2.") or a sub-item ("1)", "а)", "б."): what a list number looks like. */
const NUMBER = /^(?:\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}\.|\d{1,3}\)|[а-яәғқңөұүһіa-z]\)|[а-яәғқңөұүһіa-z]\.)$/u;
/** The same at the start of a paragraph's text, followed by a space ("2.4. Директор", "1) заявление"). */
const LEADING = /^\s*(\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}\.|\d{1,3}\)|[а-яәғқңөұүһіa-z]\))\s/u;
/** An item's number glued to its first word by a typing slip ("17.Құқықтар:", expert round 40a): a capital letter right after the point. */
const GLUED = /^\s*(\d{1,3}(?:\.\d{1,3})*\.)(?=\p{Lu})/u;

/** The provision's own number: Word's list number if it is one (not a bullet), else the leading "2.4." or "1)" of its text. */
export function provisionNumber(p: NumberedParagraph | undefined): string | undefined {
  const label = p?.label?.trim();
  if (label && NUMBER.test(label)) return label;
  const text = p?.text ?? "";
  return LEADING.exec(text)?.[1] ?? GLUED.exec(text)?.[1];
}

/** A sub-item's number ends with a bracket ("1)", "а)") or is a single letter ("б."). */
export function isSubItem(number: string): boolean {
  return number.endsWith(")") || /^\p{L}\.$/u.test(number);
}

/** "26" from "26.", "4.2" from "4.2.": the number as it is quoted in running text. */
export function bareNumber(number: string): string {
  return number.replace(/\.+$/u, "");
}

/**
 * Chapter and section headings, annexes and forms: the item before them ends. "Глава 2", "Раздел III",
 * "II. Порядок аттестации", "2-тарау", "ІІ тарау", "3 бөлім", "Приложение 1 к Правилам", "Қосымша".
 */
const HEADING = /^\s*(?:(?:глава|раздел|параграф|приложение|chapter|section|annex|appendix|қосымша)(?!\p{L})|\d{1,3}\s*-?\s*(?:тарау|бөлім|параграф)(?!\p{L}))/iu;
/** A chapter numbered in capital Roman numerals, in the text or as Word's list label: "II. Порядок", "ІІ тарау", "III." (not "I agree"). */
const ROMAN = /^\s*[IVXLІ]{1,6}(?:\.|\s+(?:тарау|бөлім)(?!\p{L}))/u;

export interface Citation {
  /** The item the paragraph is cited by: its own number, or the item it is a sub-item or an unnumbered continuation of. */
  readonly item?: string;
  /** Its own sub-item number, with the sub-item above it for a letter under a digit ("1) а)"). */
  readonly subitem?: string;
}

/**
 * For each paragraph, how a reader cites it. An unnumbered paragraph continues the item before it
 * ("6. … комиссии: первый уровень – …" is all item 6) until a heading; a table's rows keep the item
 * the table sits in (their own "1.", "2." number rows, not items); headers and footers count apart.
 */
export function citations(paragraphs: readonly NumberedParagraph[]): Citation[] {
  const out: Citation[] = [];
  const item = new Map<string, string | undefined>();
  const sub = new Map<string, string | undefined>();
  for (const p of paragraphs) {
    const table = p.part === "table";
    const part = p.part === "header" || p.part === "footer" ? p.part : "body";
    const own = provisionNumber(p);
    if (!own) {
      if (!table && (HEADING.test(p.text) || ROMAN.test(p.label ?? "") || ROMAN.test(p.text))) {
        item.set(part, undefined);
        sub.set(part, undefined);
      }
      const it = item.get(part);
      out.push(it ? { item: it } : {});
      continue;
    }
    if (table) {
      const it = item.get(part);
      out.push(it ? { item: it } : {});
      continue;
    }
    if (!isSubItem(own)) {
      item.set(part, own);
      sub.set(part, undefined);
      out.push({ item: own });
      continue;
    }
    // a letter under a numbered sub-item ("1) … а) …") is cited with it; a digit starts a new sub-item
    const letter = /^\p{L}/u.test(own);
    const above = sub.get(part);
    const subitem = letter && above && /^\d/u.test(above) ? `${above} ${own}` : own;
    if (!letter) sub.set(part, own);
    const it = item.get(part);
    out.push(it ? { item: it, subitem } : { subitem });
  }
  return out;
}
