/**
 * Which paragraph governs which: in a regulation a list item ("1) рассматривает обращения;") only
 * makes sense with its lead-in ("16. Функции:", "Кадровая служба:", "лишается звания в случаях:").
 * The lead-in names who acts and what the items are; a factor it carries is inherited by the items
 * it governs (the labelling convention), but is reported once, on the lead-in itself.
 */

/** How the reader is shown a sub-item together with its lead-in (the corpus writes it so too). */
export const LEAD_IN_MARK = "[...]";

/** "1)", "12)", "а)", "б)", "-", "–", "•": the label of a sub-item, not of a numbered item. */
const SUB_ITEM = /^\s*(?:\d{1,3}\)|[а-яёәғқңөұүһіa-z]\)|[-–—•·▪]\s)/u;
/** "5.", "5.2.", "Глава 2", "1-тарау": a new item or a heading ends the list. */
const NEW_ITEM = /^\s*(?:\d{1,3}(?:\.\d{1,3})*\.\s|\d{1,3}-(?:тарау|бөлім)|глава\s|раздел\s|бөлім\s)/iu;
/** How far back a lead-in is looked for: lists of functions run to some 40 items. */
const MAX_ITEMS = 80;

function endsWithColon(p: string): boolean {
  return /:\s*$/u.test(p);
}

/**
 * For every paragraph, the text of the lead-in that governs it, or undefined. A paragraph is
 * governed when it is a sub-item of a list whose lead-in ends with a colon, or directly follows
 * such a lead-in.
 */
export function leadInsOf(paragraphs: readonly string[]): (string | undefined)[] {
  const out: (string | undefined)[] = new Array(paragraphs.length).fill(undefined);
  let lead: number | undefined;
  let items = 0;
  paragraphs.forEach((p, i) => {
    if (p.trim() === "") return;
    const prev = i > 0 ? paragraphs[i - 1] : undefined;
    if (SUB_ITEM.test(p) && lead !== undefined && items < MAX_ITEMS) {
      out[i] = paragraphs[lead];
      items++;
    } else if (prev !== undefined && endsWithColon(prev) && !NEW_ITEM.test(p)) {
      lead = i - 1;
      items = 1;
      out[i] = prev;
    } else {
      lead = undefined;
      items = 0;
    }
    if (endsWithColon(p) && !SUB_ITEM.test(p)) {
      lead = i;
      items = 0;
    }
  });
  return out;
}
