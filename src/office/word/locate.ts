/**
 * Mapping an engine finding (paragraph, start, end) onto Word's search API, which is all Word
 * offers on every platform: `paragraph.search(text)` with at most 255 characters, counted after
 * escaping (a caret is searched as "^^", two characters: OfficeDev/office-js#1726), and no control
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
  return scan(hay, needle, at).k;
}

/** The scan up to `at`: how many matches come before, and whether one starts exactly there. */
function scan(hay: string, needle: string, at: number): { k: number; hit: boolean } {
  let k = 0;
  let from = 0;
  for (;;) {
    const i = hay.indexOf(needle, from);
    if (i < 0 || i >= at) return { k, hit: i === at };
    k++;
    from = i + needle.length;
  }
}

/**
 * Splits text[start, end) into chunks Word can search. Control characters, and the characters
 * `skip` names (tracked deletions Word's search does not bridge), are dropped and a chunk never
 * crosses them.
 */
export function searchChunks(paragraphText: string, start: number, end: number, max = WORD_SEARCH_MAX, skip: (i: number) => boolean = () => false): SearchChunk[] {
  const chunks: SearchChunk[] = [];
  const stop = (i: number) => CONTROL.test(paragraphText.charAt(i)) || skip(i);
  const cost = (i: number) => (paragraphText.charAt(i) === "^" ? 2 : 1);
  let i = start;
  while (i < end) {
    while (i < end && stop(i)) i++;
    if (i >= end) break;
    let j = i;
    let length = 0;
    while (j < end && length + cost(j) <= max && !stop(j)) {
      length += cost(j);
      j++;
    }
    // Do not split a surrogate pair or end a chunk on a space Word would ignore.
    if (j < end && !stop(j)) {
      const space = paragraphText.lastIndexOf(" ", j - 1);
      if (space > i + (j - i) / 2) j = space + 1;
      const c = paragraphText.charCodeAt(j - 1);
      if (c >= 0xd800 && c <= 0xdbff) j--;
    }
    // In repetitive text ("a^b a^b …") a chunk may start where Word's non-overlapping scan never
    // stops; shorten it until some match of it starts exactly here.
    let found = scan(paragraphText, paragraphText.slice(i, j), i);
    while (!found.hit && j - i > 1) {
      j--;
      found = scan(paragraphText, paragraphText.slice(i, j), i);
    }
    const text = paragraphText.slice(i, j);
    chunks.push({ query: escapeForWordSearch(text), text, occurrence: found.k });
    i = j;
  }
  return chunks;
}
