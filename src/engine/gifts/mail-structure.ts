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
/**
 * A single dash opens a signature only with a name or nothing after it ("— Айгуль", "–"): a dash
 * followed by lower-case words is an item of a list ("— ежемесячный отчёт о доступности камер").
 */
const DASH_ITEM = /^\s*[—–]\s*(?!(?:\p{Lu}[\p{L}.'-]*\s*){1,3}$)\S/u;
/** A signature is short: more lines than this after a closing formula means it was not one. */
const MAX_SIGNATURE_LINES = 8;

/** Start offsets of the body's lines (and the body's length at the end), without copying them. */
function lineStarts(body: string): number[] {
  const out = [0];
  for (let nl = body.indexOf("\n"); nl >= 0; nl = body.indexOf("\n", nl + 1)) out.push(nl + 1);
  return out;
}

/**
 * Lines that can open a quote: they start with ">" or "-", or have a colon near their start or at
 * their end. One multiline search over the body finds them; the exact tests run on those alone.
 */
const MAY_OPEN_QUOTE = /^[ \t]*(?:[>-]|[^\n:]{0,15}:)|:[ \t\r]*$/gmu;
/** Lines that can open a signature: a delimiter or a closing formula at the line's start. */
const MAY_CLOSE = /^[ \t]*(?:--|—|–|_{3}|с ув|с наил|всего добр|құрметпен|ізгі ниет|best reg|kind reg|warm reg|regards|sincerely|yours sinc|отправлено с|sent from)/gimu;

/** Indexes of the lines where `re` matches, in order (each line once). */
function candidateLines(body: string, starts: readonly number[], re: RegExp, until: number): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  let line = 0;
  for (let m = re.exec(body); m && m.index < until; m = re.exec(body)) {
    while (line + 1 < starts.length && starts[line + 1]! <= m.index) line++;
    if (out[out.length - 1] !== line) out.push(line);
    // The next line, not the same one again (a zero-length match must not loop either).
    re.lastIndex = line + 1 < starts.length ? starts[line + 1]! : body.length;
    if (re.lastIndex >= body.length) break;
  }
  return out;
}

function quoteStart(body: string, starts: readonly number[]): number {
  const lines = starts.length;
  const lineEnd = (k: number) => (k + 1 < lines ? starts[k + 1]! - 1 : body.length);
  for (const i of candidateLines(body, starts, MAY_OPEN_QUOTE, body.length)) {
    const from = starts[i]!;
    const to = lineEnd(i);
    if (to - from > 400) continue;
    const t = body.slice(from, to);
    if (QUOTE_MARK.test(t) || SEPARATOR.test(t) || (t.trimEnd().endsWith(":") && WROTE.test(t))) return i;
    if (FROM_LINE.test(t)) {
      for (let k = i + 1; k <= i + 4 && k < lines; k++) if (HEADER_LINE.test(body.slice(starts[k]!, lineEnd(k)))) return i;
    }
  }
  return lines;
}

function signatureStart(body: string, starts: readonly number[], end: number): number {
  const lineEnd = (k: number) => (k + 1 < starts.length ? starts[k + 1]! - 1 : body.length);
  const until = end < starts.length ? starts[end]! : body.length;
  for (const i of candidateLines(body, starts, MAY_CLOSE, until)) {
    if (i >= end || lineEnd(i) - starts[i]! > 80) continue;
    const line = body.slice(starts[i], lineEnd(i));
    if (!CLOSING.test(line) || DASH_ITEM.test(line)) continue;
    let rest = 0;
    for (let k = i + 1; k < end && rest <= MAX_SIGNATURE_LINES; k++) if (body.slice(starts[k], lineEnd(k)).trim()) rest++;
    if (rest <= MAX_SIGNATURE_LINES) return i;
  }
  return end;
}

/** The body's segments in order; together they cover it. */
export function mailSegments(body: string): Segment[] {
  const starts = lineStarts(body);
  const q = quoteStart(body, starts);
  const s = signatureStart(body, starts, q);
  const at = (i: number) => (i < starts.length ? starts[i]! : body.length);
  const out: Segment[] = [];
  if (s > 0) out.push({ role: "own", from: 0, to: at(s) });
  if (q > s) out.push({ role: "signature", from: at(s), to: at(q) });
  if (q < starts.length) out.push({ role: "quoted", from: at(q), to: body.length });
  if (out.length === 0) out.push({ role: "own", from: 0, to: body.length });
  return out;
}
