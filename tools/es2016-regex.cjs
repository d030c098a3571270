// Regular-expression SOURCE TEXT for an ECMAScript 2016 engine (the on-send handler in classic
// Outlook on Windows). Unicode property escapes (\p{L}, \P{Cc}; ES2018) are spelled out as
// explicit classes with regexpu-core, also where the source is only a piece of a pattern that
// is put together and compiled at run time (the gift cues of rules/gifts.yml, code that builds
// `new RegExp(...)` from strings). Lookbehind and named groups cannot be spelled out; they are
// reported, and test/office/launchevent-es2016.test.ts fails on them.
"use strict";
const rewritePattern = require("regexpu-core");

const classCache = new Map();

/** The members of \p{prop} (or \P{prop}) as the inside of a u-mode character class. */
function classBody(prop, negated) {
  const key = `${negated ? "P" : "p"}{${prop}}`;
  if (!classCache.has(key)) {
    const out = rewritePattern(`[\\${key}]`, "u", { unicodePropertyEscapes: "transform" });
    if (!out.startsWith("[") || !out.endsWith("]")) throw new Error(`regexpu-core gave no class for \\${key}: ${out.slice(0, 40)}`);
    classCache.set(key, out.slice(1, -1));
  }
  return classCache.get(key);
}

/**
 * Splits source text into literal pieces and property escapes. `state.inClass` carries the
 * character-class state across the pieces of one template literal.
 * Returns [{ text }, { prop, negated, inClass }, ...].
 */
function splitPropertyEscapes(text, state = { inClass: false }) {
  const out = [];
  let literal = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\\") {
      const m = /^\\([pP])\{([A-Za-z_=]+)\}/u.exec(text.slice(i));
      if (m) {
        if (literal) out.push({ text: literal });
        literal = "";
        out.push({ prop: m[2], negated: m[1] === "P", inClass: state.inClass });
        i += m[0].length - 1;
        continue;
      }
      literal += text.slice(i, i + 2);
      i++;
      continue;
    }
    if (c === "[" && !state.inClass) state.inClass = true;
    else if (c === "]" && state.inClass) state.inClass = false;
    literal += c;
  }
  if (literal) out.push({ text: literal });
  return out;
}

/** The text a property-escape piece becomes: the class body inside a class, a whole class outside. */
function expansion(piece) {
  if (piece.inClass) {
    if (piece.negated) throw new Error(`\\P{${piece.prop}} inside a character class cannot be spelled out; write [^...] with \\p{${piece.prop}} instead`);
    return classBody(piece.prop, false);
  }
  return `[${classBody(piece.prop, piece.negated)}]`;
}

/** Source text with every property escape spelled out. */
function expandPropertyEscapes(text) {
  return splitPropertyEscapes(text)
    .map((p) => ("text" in p ? p.text : expansion(p)))
    .join("");
}

/** ES2018+ regular-expression syntax that cannot be rewritten for ES2016, as found in source text. */
const UNTRANSLATABLE = [
  { re: /\(\?<[=!]/u, what: "lookbehind (?<= / (?<!" },
  { re: /\(\?<[A-Za-z_$]/u, what: "a named group (?<name>" },
  { re: /\\k<[A-Za-z_$]/u, what: "a named back-reference \\k<name>" },
];

/** What in this text an ES2016 engine cannot compile (empty when nothing). */
function untranslatable(text) {
  return UNTRANSLATABLE.filter((u) => u.re.test(text)).map((u) => u.what);
}

/** Property escapes still present (after rewriting there must be none). */
const PROPERTY_ESCAPE = /\\[pP]\{[A-Za-z_=]+\}/u;

module.exports = { classBody, splitPropertyEscapes, expansion, expandPropertyEscapes, untranslatable, PROPERTY_ESCAPE };
