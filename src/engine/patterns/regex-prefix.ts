/**
 * Literal prefixes of a regex slot, so a pattern that starts with `/шақыр\p{L}*\/` can be looked
 * up by the token's first letters instead of running its regex at every token.
 *
 * The answer must be sound, never clever: every string the regex matches starts with one of the
 * returned prefixes. Whatever this reader does not understand (classes, \p{…}, lookarounds,
 * {n,m}) ends the literal part there, which only makes the prefixes shorter. The regex itself
 * still decides; a prefix only says where it is worth trying.
 */

/** Literal strings a piece of regex matches exactly (closed) or starts with (open). */
interface Lits {
  readonly strings: readonly string[];
  readonly closed: boolean;
}

/** Beyond this many alternatives the expansion stops growing (it stays sound, just shorter). */
const MAX_STRINGS = 64;
const UNKNOWN: Lits = { strings: [""], closed: false };
/** Escapes that stand for one literal character. */
const LITERAL_ESCAPE = /^[\\/.^$|?*+()[\]{}-]$/u;

/**
 * Non-empty prefixes, none a prefix of another, such that every match of `^(?:source)$` starts
 * with exactly one of them; undefined when some match could start anywhere.
 */
export function regexPrefixes(source: string): string[] | undefined {
  const chars = [...source];
  const reader = { chars, at: 0 };
  const lits = alternation(reader);
  if (reader.at !== chars.length || lits.strings.some((s) => s === "")) return undefined;
  const sorted = [...new Set(lits.strings)].sort((a, b) => a.length - b.length);
  // A token starting with "предложить" also starts with "предлож": keep only the shorter, so a
  // pattern is found once per token.
  return sorted.filter((s, i) => !sorted.slice(0, i).some((shorter) => s.startsWith(shorter)));
}

interface Reader {
  readonly chars: readonly string[];
  at: number;
}

function alternation(r: Reader): Lits {
  const alts: Lits[] = [sequence(r)];
  while (r.chars[r.at] === "|") {
    r.at++;
    alts.push(sequence(r));
  }
  const strings = alts.flatMap((a) => a.strings);
  return { strings, closed: alts.every((a) => a.closed) };
}

function sequence(r: Reader): Lits {
  let strings: string[] = [""];
  let closed = true;
  while (r.at < r.chars.length && r.chars[r.at] !== "|" && r.chars[r.at] !== ")") {
    const piece = quantified(r);
    if (!closed) continue;
    const next = strings.flatMap((s) => piece.strings.map((p) => s + p));
    if (next.length > MAX_STRINGS) {
      closed = false;
      continue;
    }
    strings = next;
    closed = piece.closed;
  }
  return { strings, closed };
}

/** One atom and its quantifier. */
function quantified(r: Reader): Lits {
  const a = atom(r);
  const q = r.chars[r.at];
  if (q === "?" || q === "*" || q === "+") {
    r.at++;
    if (r.chars[r.at] === "?") r.at++;
    if (q === "?" && a.closed) return { strings: ["", ...a.strings], closed: true };
    if (q === "+") return { strings: a.strings, closed: false };
    return UNKNOWN;
  }
  if (q === "{") {
    skipBraces(r);
    return UNKNOWN;
  }
  return a;
}

function atom(r: Reader): Lits {
  const c = r.chars[r.at++] as string;
  if (c === "(") {
    const plain = r.chars[r.at] !== "?";
    const nonCapturing = r.chars[r.at] === "?" && r.chars[r.at + 1] === ":";
    if (nonCapturing) r.at += 2;
    const inner = alternation(r);
    r.at++; // ")"
    return plain || nonCapturing ? inner : UNKNOWN;
  }
  if (c === "[") {
    while (r.at < r.chars.length && r.chars[r.at] !== "]") r.at += r.chars[r.at] === "\\" ? 2 : 1;
    r.at++;
    return UNKNOWN;
  }
  if (c === "\\") {
    const e = r.chars[r.at++] ?? "";
    if (LITERAL_ESCAPE.test(e)) return { strings: [e], closed: true };
    if ((e === "p" || e === "P" || e === "u" || e === "x") && r.chars[r.at] === "{") skipBraces(r);
    return UNKNOWN;
  }
  if (c === "." || c === "^" || c === "$") return UNKNOWN;
  return { strings: [c], closed: true };
}

function skipBraces(r: Reader): void {
  while (r.at < r.chars.length && r.chars[r.at] !== "}") r.at++;
  r.at++;
}
