/** How a finding's place is named in the pane: the provision's own number, as a lawyer cites it. */
import type { HostParagraph } from "../../office/host";
import { bareNumber, citations, isSubItem, provisionNumber as ownNumber } from "../../documents/citation";

// The pane and the exported conclusion read numbers the same way (documents/citation.ts): Word's list number, else the
// leading "2.4." of the text (also "17.Құқықтар:", a number glued to its word).

/**
 * For each paragraph, the number the pane shows: its own item number, or for an unnumbered paragraph that continues an
 * item (and a sub-item, whose "1)" repeats in every item) the item it belongs to, as the conclusion cites it.
 */
export function paneNumbers(paragraphs: readonly Pick<HostParagraph, "text" | "label" | "part">[]): (string | undefined)[] {
  const cited = citations(paragraphs);
  return paragraphs.map((p, i) => {
    const own = ownNumber(p);
    const { item, subitem } = cited[i] ?? {};
    if (own && !isSubItem(own)) return bareNumber(own);
    // the sub-item as the conclusion cites it ("1) а)" under item 5); a table row keeps only its item
    if (subitem && item) return `${bareNumber(item)}, ${subitem}`;
    if (item) return bareNumber(item);
    // a list label the act's numbering does not know ("(1)", "А)") is still what the reader sees
    const label = p.label?.trim();
    return own ?? (label && /[\p{L}\d]/u.test(label) ? bareNumber(label) : undefined);
  });
}
