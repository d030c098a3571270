/**
 * A passage quoted inside a message (a finding's excerpt, a bilingual difference, the on-send
 * warning): whitespace collapsed, and a long one cut after the last whole word that fits, with "…"
 * inside `max` — "учебных заведени…" reads as a typo in the source (expert round 17). Only a single
 * word longer than half the limit is cut inside, as there is nothing better to show.
 */
export function quote(s: string, max: number): string {
  const one = s.replace(/\s+/gu, " ").trim();
  if (one.length <= max) return one;
  // one character more than fits, so a word ending right at the limit is seen whole
  const cut = one.slice(0, max).lastIndexOf(" ");
  // with no space in the second half the last word alone would be most of the quote: cut it where it must be
  const kept = cut > max / 2 ? one.slice(0, cut) : one.slice(0, max - 1);
  return `${kept.replace(/[\s,;:–—-]+$/u, "")}…`;
}
