/**
 * Who wrote what in a mail body: the sender's own text, the signature under it, and the quoted
 * chain below (a reply's "> " lines, "-----Original Message-----", "---------- Forwarded
 * message ---------", "From: … Sent: …", "… писал(а):", "… wrote:", "… жазды:").
 *
 * The gift reader needs it because the same words mean different things there: an offer quoted
 * under "Thank you, but I cannot accept" is refused, the same offer forwarded with "may I accept
 * it?" is still on the table, and "Sent from my iPhone" or a supplier's line of business under
 * its name offers nothing. Line-based and linear; when nothing is recognised the whole body is
 * the sender's own text.
 */

export type SegmentRole = "own" | "signature" | "quoted";

export interface Segment {
  readonly role: SegmentRole;
  /** UTF-16 offsets into the body. */
  readonly from: number;
  readonly to: number;
}

const SEPARATOR = /^\s*-{2,}\s*(?:original message|forwarded message|исходное сообщение|пересылаемое сообщение|переадресованное сообщение|перенаправленное сообщение|бастапқы хат|жіберілген хат)\s*-{2,}\s*$/iu;
const FROM_LINE = /^\s*(?:from|от|кімнен|жіберуші)\s*:/iu;
const HEADER_LINE = /^\s*(?:sent|date|дата|отправлено|to|кому|subject|тема|кімге|тақырып|күні)\s*:/iu;
const WROTE = /^\s*(?:on\s.{3,200}\swrote|.{3,200}\s(?:писал|писала|писал\(а\)|пишет|написал|написала|жазды))\s*:\s*$/iu;
const QUOTE_MARK = /^\s*>/u;

/** A line that opens a signature: a closing formula (maybe with a name after it) or a delimiter. */
const CLOSING = /^\s*(?:--|—|–|_{3,}|с уважением|с ув\.|с наилучшими пожеланиями|всего доброго|құрметпен|ізгі ниетпен|best regards|kind regards|warm regards|regards|sincerely|yours sincerely|отправлено с|sent from my)(?=[\s,.!:]|$)[\s,.!:]*[\p{L}.\s-]{0,40}$/iu;
/** A signature is short: more lines than this after a closing formula means it was not one. */
const MAX_SIGNATURE_LINES = 8;

interface Line {
  readonly from: number;
  readonly to: number;
  readonly text: string;
}

function linesOf(body: string): Line[] {
  const out: Line[] = [];
  let from = 0;
  while (from <= body.length) {
    const nl = body.indexOf("\n", from);
    const to = nl < 0 ? body.length : nl;
    out.push({ from, to, text: body.slice(from, to) });
    if (nl < 0) break;
    from = nl + 1;
  }
  return out;
}

/** Lines that can open a quote start with ">" or "-", or end with ":" or have one near the start. */
function mayOpenQuote(t: string): boolean {
  const s = t.trimStart();
  const c = s.charCodeAt(0);
  return c === 0x3e || c === 0x2d || s.trimEnd().endsWith(":") || s.slice(0, 16).includes(":");
}

function quoteStart(lines: readonly Line[]): number {
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (t.length > 400 || !mayOpenQuote(t)) continue;
    // "… wrote:" ends with a colon; testing only such lines keeps a long body cheap.
    if (QUOTE_MARK.test(t) || SEPARATOR.test(t) || (t.trimEnd().endsWith(":") && WROTE.test(t))) return i;
    if (FROM_LINE.test(t)) {
      for (let k = i + 1; k <= i + 4 && k < lines.length; k++) if (HEADER_LINE.test(lines[k]!.text)) return i;
    }
  }
  return lines.length;
}

function signatureStart(lines: readonly Line[], end: number): number {
  for (let i = 0; i < end; i++) {
    const t = lines[i]!.text;
    if (t.length > 80 || !CLOSING.test(t)) continue;
    let rest = 0;
    for (let k = i + 1; k < end; k++) if (lines[k]!.text.trim()) rest++;
    if (rest <= MAX_SIGNATURE_LINES) return i;
  }
  return end;
}

/** The body's segments in order; together they cover it. */
export function mailSegments(body: string): Segment[] {
  const lines = linesOf(body);
  const q = quoteStart(lines);
  const s = signatureStart(lines, q);
  const at = (i: number) => (i < lines.length ? lines[i]!.from : body.length);
  const out: Segment[] = [];
  if (s > 0) out.push({ role: "own", from: 0, to: at(s) });
  if (q > s) out.push({ role: "signature", from: at(s), to: at(q) });
  if (q < lines.length) out.push({ role: "quoted", from: at(q), to: body.length });
  if (out.length === 0) out.push({ role: "own", from: 0, to: body.length });
  return out;
}
