/**
 * Mapping an engine finding (paragraph, start, end) onto Word's search API, which is all Word
 * offers on every platform: `paragraph.search(text)` with at most 255 characters and no control
 * characters. A span is split into searchable chunks; for each chunk we know which occurrence of
 * that text in the paragraph is ours (the n-th, counted as Word counts: left to right, without
 * overlap), so a phrase repeated in one paragraph maps to the right place. Chunks are joined back
 * with `range.expandTo`.
 */

export const WORD_SEARCH_MAX = 255;

export interface SearchChunk {
  /** Text to pass to `paragraph.search` (special characters escaped). */
  readonly query: string;
  /** The raw text of the chunk as it stands in the paragraph. */
  readonly text: string;
  /** Which occurrence (0-based) of `text` in the paragraph is this chunk. */
  readonly occurrence: number;
}

// Control characters cannot be searched (divvun-gramcheck-web splits on them the same way).
const CONTROL = /\p{Cc}/u;

/** Word's search treats ^ as the start of a special code; ^^ finds a caret. */
export function escapeForWordSearch(s: string): string {
  return s.replace(/\^/gu, "^^");
}

/** Which match of `needle`, scanning left to right without overlap as Word does, starts at `at`. */
export function occurrenceIndex(hay: string, needle: string, at: number): number {
  let k = 0;
  let from = 0;
  for (;;) {
    const i = hay.indexOf(needle, from);
    if (i < 0 || i >= at) return k;
    k++;
    from = i + needle.length;
  }
}

/**
 * Splits text[start, end) into chunks Word can search. Leading/trailing control characters are
 * dropped from the span; a chunk never crosses one.
 */
export function searchChunks(paragraphText: string, start: number, end: number, max = WORD_SEARCH_MAX): SearchChunk[] {
  const chunks: SearchChunk[] = [];
  let i = start;
  while (i < end) {
    while (i < end && CONTROL.test(paragraphText.charAt(i))) i++;
    if (i >= end) break;
    let j = i;
    while (j < end && j - i < max && !CONTROL.test(paragraphText.charAt(j))) j++;
    // Do not split a surrogate pair or end a chunk on a space Word would ignore.
    if (j < end && j - i === max) {
      const space = paragraphText.lastIndexOf(" ", j - 1);
      if (space > i + max / 2) j = space + 1;
      const c = paragraphText.charCodeAt(j - 1);
      if (c >= 0xd800 && c <= 0xdbff) j--;
    }
    const text = paragraphText.slice(i, j);
    chunks.push({ query: escapeForWordSearch(text), text, occurrence: occurrenceIndex(paragraphText, text, i) });
    i = j;
  }
  return chunks;
}
