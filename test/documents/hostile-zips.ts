/**
 * Hostile .docx packages built in milliseconds however large they unpack: each piece of an
 * entry is raw-deflated once with a sync flush (which ends on a byte boundary without ending the
 * stream, RFC 1951 §3.2.4 and zlib's Z_SYNC_FLUSH), the compressed piece is repeated, and an
 * empty final block (0x03 0x00) closes the stream. The zip is written by hand (APPNOTE 4.3) so
 * the central directory can also lie about sizes. CRCs are left 0: the readers under test do
 * not check them, and these files are never meant to open in Word.
 */
import { constants, deflateRawSync } from "node:zlib";

export interface Piece {
  readonly bytes: Uint8Array | string;
  readonly times?: number;
}

export interface HostileEntry {
  readonly name: string;
  readonly pieces: readonly Piece[];
  /** What the central directory claims the entry unpacks to; the real size by default. */
  readonly declaredSize?: number;
}

const enc = (b: Uint8Array | string) => (typeof b === "string" ? new TextEncoder().encode(b) : b);

function compress(entry: HostileEntry): { data: Uint8Array; size: number } {
  const parts: Uint8Array[] = [];
  let size = 0;
  for (const p of entry.pieces) {
    const raw = enc(p.bytes);
    const z = new Uint8Array(deflateRawSync(raw, { level: 9, finishFlush: constants.Z_SYNC_FLUSH }));
    for (let i = 0; i < (p.times ?? 1); i++) parts.push(z);
    size += raw.length * (p.times ?? 1);
  }
  parts.push(new Uint8Array([0x03, 0x00]));
  return { data: new Uint8Array(Buffer.concat(parts)), size };
}

export function hostileZip(entries: readonly HostileEntry[]): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const { data, size } = compress(e);
    const name = Buffer.from(e.name, "utf8");
    const declared = e.declaredSize ?? size;
    if (declared > 0xfffffffe || data.length > 0xfffffffe) throw new Error("hostileZip writes no ZIP64");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x0800, 8);
    cd.writeUInt16LE(8, 10);
    cd.writeUInt32LE(data.length, 20);
    cd.writeUInt32LE(declared, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    chunks.push(local, name, Buffer.from(data));
    central.push(cd, name);
    offset += local.length + name.length + data.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, dir, end]));
}

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
export const DOC_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>`;
export const DOC_TAIL = "</w:body></w:document>";
const TYPES = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

/** A .docx whose word/document.xml is `head`, `body` repeated `times`, `tail`. */
export function repeatedDocx(body: string, times: number, options: { declaredSize?: number } = {}): Uint8Array {
  return hostileZip([
    { name: "[Content_Types].xml", pieces: [{ bytes: TYPES }] },
    { name: "word/document.xml", pieces: [{ bytes: DOC_HEAD }, { bytes: body, times }, { bytes: DOC_TAIL }], ...options },
  ]);
}

/**
 * About 0.8 MB of real WordprocessingML paragraphs, varied enough that deflate gets ~27× (the
 * file in issue 12 had 56×): well under the zip-bomb ratio, so only the XML caps can stop it.
 */
export function realisticParagraphs(): string {
  const words = ["Работник", "отдела", "обязан", "представить", "отчёт", "руководителю", "в течение", "рабочих", "дней", "после", "получения", "запроса", "Комиссия", "рассматривает", "заявление", "жұмыскер", "басшыға", "хабарлайды", "мерзімде", "құжаттарды"];
  let s = "";
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) >> 16;
  for (let i = 0; s.length < 600_000; i++) {
    const text = `${(i % 97) + 1}.${(i % 13) + 1}. Работник отдела обязан представить отчёт руководителю в течение ${(next() % 20) + 1} рабочих дней; ${words[next() % words.length]} ${words[next() % words.length]}.`;
    s += `<w:p><w:pPr><w:pStyle w:val="a${i % 5}"/></w:pPr><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  }
  return s;
}
