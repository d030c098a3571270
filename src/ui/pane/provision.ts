/** How a finding's place is named in the pane: the provision's own number, as a lawyer cites it. */
import type { HostParagraph } from "../../office/host";

const LEADING_NUMBER = /^\s*(\d{1,3}(?:\.\d{1,3})*)(?:[.)]?\s)/u;

/**
 * Word's list number ("2.4.", from ListItem.listString) or the number the paragraph's text
 * starts with ("2.4. Комиссия…"), without its final full stop; undefined when it has none.
 */
export function provisionNumber(p: Pick<HostParagraph, "text" | "label"> | undefined): string | undefined {
  if (!p) return undefined;
  const own = p.label?.trim() || LEADING_NUMBER.exec(p.text)?.[1];
  return own ? own.replace(/\.+$/u, "") : undefined;
}
