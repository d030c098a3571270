/**
 * HTML mail to plain text by string processing alone: nothing is parsed into a DOM, so no script
 * runs and no image, style or frame is ever fetched. Script, style, head, template and comment
 * contents are dropped (their words are not the mail's); block elements become line breaks so
 * paragraphs stay paragraphs; entities are decoded.
 *
 * One pass from left to right. Regular expressions such as `<style\b[^>]*>[\s\S]*?<\/style>`
 * restart at every "<" and scan to the end when nothing closes, which is quadratic: 400 KB of
 * `<style x` took 12.5 s and froze the Outlook pane (issue 12). Here every search for a ">" or a
 * closing tag starts where the previous one of its kind stopped, or is known to fail, so the
 * work is linear in the length of the mail whatever its shape.
 */

const DROP = new Set(["script", "style", "head", "template", "noscript", "title", "object", "iframe", "svg", "math"]);
const BLOCK = new Set(["p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "hr", "section", "article", "header", "footer", "address", "dd", "dt", "dl"]);
const CELL = new Set(["td", "th"]);

const NAMED: Readonly<Record<string, string>> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", laquo: "«", raquo: "»",
  ndash: "–", mdash: "—", hellip: "…", copy: "©", reg: "®", euro: "€", rsquo: "’", lsquo: "‘",
  rdquo: "”", ldquo: "“", bdquo: "„", shy: "\u00ad", middot: "·", bull: "•", trade: "™", deg: "°",
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});?/giu, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : "\ufffd";
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

/** True when a body looks like HTML rather than text that happens to contain "<". */
export function looksLikeHtml(body: string): boolean {
  return /<(?:html|body|div|p|br|table|span|font|a\s)\b/iu.test(body.slice(0, 4096));
}

/** ASCII-only lower case: the same length as the input, so positions in it are positions in html. */
function asciiLower(s: string): string {
  return s.replace(/[A-Z]+/gu, (m) => m.toLowerCase());
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isNameChar(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x3a;
}

/**
 * Finds `needle` in `hay` at or after `from`, remembering for each needle where its last search
 * ended: a needle absent after position p is absent after any later position, and one found at q
 * is not searched again before q. So each needle scans each character at most once.
 */
class Finder {
  private readonly last = new Map<string, { from: number; at: number }>();
  /** Characters examined by all searches (for the linear-work test). */
  steps = 0;
  constructor(private readonly hay: string) {}
  find(needle: string, from: number): number {
    const prev = this.last.get(needle);
    if (prev && (prev.at < 0 ? from >= prev.from : from >= prev.from && from <= prev.at)) return prev.at;
    const at = this.hay.indexOf(needle, from);
    this.steps += (at < 0 ? this.hay.length : at + needle.length) - from;
    this.last.set(needle, { from, at });
    return at;
  }
}

export interface HtmlToTextStats {
  readonly text: string;
  /** Characters examined while looking for tag ends and closing tags. */
  readonly steps: number;
}

export function htmlToTextWithStats(html: string): HtmlToTextStats {
  const lower = asciiLower(html);
  const find = new Finder(lower);
  const n = html.length;
  const out: string[] = [];
  let i = 0;
  while (i < n) {
    const lt = find.find("<", i);
    if (lt < 0) {
      out.push(html.slice(i));
      break;
    }
    if (lt > i) out.push(html.slice(i, lt));
    const next = html.charCodeAt(lt + 1);
    if (lower.startsWith("<!--", lt)) {
      const end = find.find("-->", lt + 4);
      out.push(" ");
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (next === 0x21 /* ! */ || next === 0x3f /* ? */) {
      const cdata = lower.startsWith("<![cdata[", lt);
      const close = cdata ? "]]>" : next === 0x3f ? "?>" : ">";
      const end = find.find(close, lt + 2);
      if (end >= 0) {
        out.push(" ");
        i = end + close.length;
        continue;
      }
      // Never closed: plain text, so a stray "<!" cannot hide the rest of a mail from the reader.
      out.push("<");
      i = lt + 1;
      continue;
    }
    const closing = next === 0x2f; /* / */
    const nameFrom = closing ? lt + 2 : lt + 1;
    if (!isAsciiLetter(html.charCodeAt(nameFrom))) {
      out.push("<");
      i = lt + 1;
      continue;
    }
    let nameTo = nameFrom;
    while (nameTo < n && isNameChar(html.charCodeAt(nameTo))) nameTo++;
    const name = lower.slice(nameFrom, nameTo);
    const gt = find.find(">", nameTo);
    if (gt < 0) break; // a tag left open at the end: its attributes are not the mail's words
    i = gt + 1;
    if (!closing && DROP.has(name)) {
      const close = find.find(`</${name}`, i);
      const closeEnd = close < 0 ? -1 : find.find(">", close + name.length + 2);
      if (closeEnd >= 0) {
        out.push(" ");
        i = closeEnd + 1;
        continue;
      }
    }
    if (BLOCK.has(name)) out.push("\n");
    else if (CELL.has(name)) out.push("\t");
  }
  const text = decodeEntities(out.join(""))
    .split("\n")
    .map((l) => l.replace(/[ \t\u00a0]+/gu, " ").trim())
    .join("\n")
    .replace(/\n{3,}/gu, "\n\n")
    .trim();
  return { text, steps: find.steps };
}

export function htmlToText(html: string): string {
  return htmlToTextWithStats(html).text;
}
