/** How a finding's place is named in the pane: the provision's own number, as a lawyer cites it. */
import type { HostParagraph } from "../../office/host";
import { bareNumber, provisionNumber as ownNumber } from "../../documents/citation";

/**
 * Word's list number ("2.4.", from ListItem.listString) or the number the paragraph's text
 * starts with ("2.4. Комиссия…", "17.Құқықтар:"), without its final full stop; undefined when it has
 * none. The conclusion reads numbers the same way (documents/citation.ts), so the pane and the
 * exported conclusion cite one provision alike.
 */
export function provisionNumber(p: Pick<HostParagraph, "text" | "label"> | undefined): string | undefined {
  const own = ownNumber(p);
  return own ? bareNumber(own) : undefined;
}
