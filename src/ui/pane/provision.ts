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
    const item = cited[i]?.item;
    if (own && !isSubItem(own)) return bareNumber(own);
    if (own && item) return `${bareNumber(item)}, ${own}`;
    return own ?? (item ? bareNumber(item) : undefined);
  });
}
