/**
 * Where a paragraph sits in an act's numbering, as a lawyer cites it: "26.", "11.1.", and for a
 * sub-item "1)" or "а)" the item it belongs to ("1) of item 26"). A sub-item's own number repeats in
 * every item, so without its item a reader must find the provision by its words (expert rounds 37–38).
 * Pure: the conclusion, the CLI reports and the pane share it.
 */

export interface NumberedParagraph {
  readonly text: string;
  /** Word's automatic list number ("4.2.", "а)"), which is not part of `text`. */
  readonly label?: string;
  readonly part?: "body" | "table" | "header" | "footer";
}

const LEADING = /^\s*(\d+(?:\.\d+)*\.?|[а-яәғқңөұүһіa-z]\)|\d{1,3}\))\s/iu;

/** The provision's own number: Word's list number, else the leading "2.4." or "1)" of its text. */
export function provisionNumber(p: NumberedParagraph | undefined): string | undefined {
  const label = p?.label?.trim() || LEADING.exec(p?.text ?? "")?.[1];
  return label && label !== "•" ? label : undefined;
}

/** A sub-item's number ends with a bracket: "1)", "а)". */
export function isSubItem(number: string): boolean {
  return number.endsWith(")");
}

/**
 * For each paragraph, the item a sub-item belongs to: the last numbered item ("26.", "4.2.") before it
 * in the same part of the document; undefined for items, unnumbered text and sub-items before any item.
 */
export function parentItems(paragraphs: readonly NumberedParagraph[]): Array<string | undefined> {
  const out: Array<string | undefined> = [];
  const last = new Map<string, string>();
  for (const p of paragraphs) {
    const part = p.part ?? "body";
    const own = provisionNumber(p);
    if (own && !isSubItem(own)) last.set(part === "table" ? "body" : part, own);
    out.push(own && isSubItem(own) ? last.get(part === "table" ? "body" : part) : undefined);
  }
  return out;
}

/** "26" from "26.", "4.2" from "4.2.": the number as it is quoted in running text. */
export function bareNumber(number: string): string {
  return number.replace(/\.+$/u, "");
}

/** "Глава 2", "Раздел III", "2-тарау", "3-бөлім": a heading ends the item before it. */
const HEADING = /^\s*(?:глава|раздел|параграф|chapter|section|part|\d+\s*-\s*(?:тарау|бөлім|параграф))(?!\p{L})/iu;

/**
 * For each paragraph, the item a reader cites it by: its own number if it is an item, the item before
 * it if it is a sub-item or an unnumbered paragraph that continues that item ("6. … комиссии: первый
 * уровень – …" is all item 6); undefined before the first item and after a chapter heading.
 */
export function citedItems(paragraphs: readonly NumberedParagraph[]): Array<string | undefined> {
  const out: Array<string | undefined> = [];
  const last = new Map<string, string | undefined>();
  for (const p of paragraphs) {
    const part = p.part === "table" || p.part === undefined ? "body" : p.part;
    const own = provisionNumber(p);
    if (own && !isSubItem(own)) last.set(part, own);
    else if (!own && HEADING.test(p.text)) last.set(part, undefined);
    out.push(own && !isSubItem(own) ? own : last.get(part));
  }
  return out;
}
