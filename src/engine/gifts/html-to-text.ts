/**
 * HTML mail to plain text by string processing alone: nothing is parsed into a DOM, so no script
 * runs and no image, style or frame is ever fetched. Script, style, head, template and comment
 * contents are dropped (their words are not the mail's); block elements become line breaks so
 * paragraphs stay paragraphs; entities are decoded.
 */

const DROP = /<(script|style|head|template|noscript|title|object|iframe|svg|math)\b[^>]*>[\s\S]*?<\/\1\s*>/giu;
const COMMENT = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\?[\s\S]*?\?>/gu;
const BLOCK = /<\/?(?:p|div|br|li|ul|ol|tr|table|h[1-6]|blockquote|pre|hr|section|article|header|footer|address|dd|dt|dl)\b[^>]*>/giu;
const CELL = /<\/?(?:td|th)\b[^>]*>/giu;
const TAG = /<\/?[a-z][^>]*>/giu;

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

export function htmlToText(html: string): string {
  const text = html
    .replace(COMMENT, " ")
    .replace(DROP, " ")
    .replace(BLOCK, "\n")
    .replace(CELL, "\t")
    .replace(TAG, "")
    // A tag left open at the very end (a truncated mail) must not leak its attributes as words.
    .replace(/<[a-z/][^>]*$/iu, "");
  return decodeEntities(text)
    .split("\n")
    .map((l) => l.replace(/[ \t\u00a0]+/gu, " ").trim())
    .join("\n")
    .replace(/\n{3,}/gu, "\n\n")
    .trim();
}
