/**
 * Reading the zip container of a .docx safely.
 *
 * The central directory is read first (as Word does), in a plain loop, so a package with
 * thousands of entries is no deeper for the stack than one with three. Sizes are checked twice:
 * against what the directory declares before anything is unpacked, and while inflating, in
 * slices of at most INFLATE_SLICE compressed bytes, so an entry that lies about its size stops
 * within a few megabytes of the cap instead of being inflated whole first.
 * Format: PKWARE APPNOTE.TXT 6.3.x, sections 4.3.7 (local header), 4.3.12 (central directory
 * header) and 4.3.16 (end of central directory record).
 */
import { Inflate } from "fflate";
import { DocumentError, type Problem } from "./errors";

export interface ZipLimits {
  /** Total uncompressed bytes accepted across the entries read. */
  readonly maxUncompressed: number;
  /** Largest ratio of unpacked bytes to the archive's size (checked once past 16 MB). */
  readonly maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxUncompressed: 200 * 1024 * 1024, maxRatio: 100 };

const MB = 1048576;
/** Deflate expands at most ~1032× per input byte, so one slice yields at most ~16 MB. */
const INFLATE_SLICE = 16 * 1024;
const RATIO_FLOOR = 16 * MB;

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_END64_LOCATOR = 0x07064b50;

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isCompoundFile(bytes: Uint8Array): boolean {
  return CFB_MAGIC.every((b, i) => bytes[i] === b);
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) && (bytes[3] === 0x04 || bytes[3] === 0x06);
}

/** An OLE compound file holding "EncryptedPackage" is a password-protected OOXML document. */
export function isEncryptedOoxml(bytes: Uint8Array): boolean {
  if (!isCompoundFile(bytes)) return false;
  const needle = Array.from("EncryptedPackage", (c) => c.charCodeAt(0));
  outer: for (let i = 0; i + needle.length * 2 <= bytes.length; i++) {
    for (let k = 0; k < needle.length; k++) {
      if (bytes[i + 2 * k] !== needle[k] || bytes[i + 2 * k + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

/** Checks the container before unzipping and explains what is wrong in one line. */
export function assertDocxContainer(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new DocumentError({ kind: "empty" });
  if (isEncryptedOoxml(bytes)) throw new DocumentError({ kind: "encrypted" });
  if (isCompoundFile(bytes)) throw new DocumentError({ kind: "legacy-doc" });
  if (!isZip(bytes)) throw new DocumentError({ kind: "not-zip" });
}

/** One file of the package as the central directory describes it. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
  readonly encrypted: boolean;
}

function u16(b: Uint8Array, at: number): number {
  return (b[at] as number) | ((b[at + 1] as number) << 8);
}

function u32(b: Uint8Array, at: number): number {
  return ((b[at] as number) | ((b[at + 1] as number) << 8) | ((b[at + 2] as number) << 16) | ((b[at + 3] as number) << 24)) >>> 0;
}

/** The entries listed in the central directory, in order. */
export function listEntries(bytes: Uint8Array): ZipEntry[] {
  // The end record is the last 22 bytes plus a comment of up to 65535 bytes.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (u32(bytes, i) === SIG_END) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new DocumentError({ kind: "no-directory" });
  const count = u16(bytes, end + 10);
  const dirSize = u32(bytes, end + 12);
  const dirOffset = u32(bytes, end + 16);
  if (count === 0xffff || dirOffset === 0xffffffff || (end >= 20 && u32(bytes, end - 20) === SIG_END64_LOCATOR)) {
    throw new DocumentError({ kind: "zip64" });
  }
  if (dirOffset + dirSize > end) throw new DocumentError({ kind: "directory-damaged" });
  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let at = dirOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || u32(bytes, at) !== SIG_CENTRAL) throw new DocumentError({ kind: "directory-damaged" });
    const flags = u16(bytes, at + 8);
    const nameLength = u16(bytes, at + 28);
    const next = at + 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    if (next > end) throw new DocumentError({ kind: "directory-damaged" });
    const name = new TextDecoder("utf-8").decode(bytes.subarray(at + 46, at + 46 + nameLength));
    // Two entries with one name could be read differently by Word and by us.
    if (names.has(name)) throw new DocumentError({ kind: "duplicate-entry", entry: name });
    names.add(name);
    entries.push({
      name,
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localOffset: u32(bytes, at + 42),
      encrypted: (flags & 1) === 1,
    });
    at = next;
  }
  return entries;
}

function bombError(limits: ZipLimits, total: number): DocumentError {
  return total > limits.maxUncompressed
    ? new DocumentError({ kind: "bomb-size", limitMb: Math.round(limits.maxUncompressed / MB) })
    : new DocumentError({ kind: "bomb-ratio", ratio: limits.maxRatio });
}

/** A further cap on the entries of one read, with the problem to report past it (e.g. XML size). */
export interface ExtraCap {
  readonly bytes: number;
  readonly problem: Problem;
}

/** Budget shared by the entries of one read; `add` throws once it is exceeded. */
class Budget {
  private total = 0;

  constructor(
    private readonly limits: ZipLimits,
    private readonly archiveSize: number,
    private readonly extra: ExtraCap | undefined,
  ) {}

  private check(total: number): void {
    if (total > this.limits.maxUncompressed || (total > RATIO_FLOOR && total / this.archiveSize > this.limits.maxRatio)) throw bombError(this.limits, total);
    if (this.extra && total > this.extra.bytes) throw new DocumentError(this.extra.problem);
  }

  /** Refuses up front when the declared sizes alone are over the limits. */
  declare(sizes: number): void {
    this.check(sizes);
  }

  add(n: number): void {
    this.total += n;
    this.check(this.total);
  }
}

function dataOf(bytes: Uint8Array, e: ZipEntry): Uint8Array {
  const at = e.localOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== SIG_LOCAL) throw new DocumentError({ kind: "entry-damaged", entry: e.name });
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  if (start + e.compressedSize > bytes.length) throw new DocumentError({ kind: "entry-damaged", entry: e.name });
  return bytes.subarray(start, start + e.compressedSize);
}

function inflateEntry(bytes: Uint8Array, e: ZipEntry, budget: Budget): Uint8Array {
  if (e.encrypted) throw new DocumentError({ kind: "entry-encrypted", entry: e.name });
  const data = dataOf(bytes, e);
  if (e.method === 0) {
    if (data.length !== e.size) throw new DocumentError({ kind: "entry-damaged", entry: e.name });
    budget.add(data.length);
    return data;
  }
  if (e.method !== 8) throw new DocumentError({ kind: "entry-method", entry: e.name, method: e.method });
  if (data.length === 0) {
    if (e.size === 0) return data;
    throw new DocumentError({ kind: "entry-damaged", entry: e.name });
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflate = new Inflate((chunk) => {
    size += chunk.length;
    budget.add(chunk.length);
    // An entry that inflates past its declared size is lying; stop instead of believing it.
    if (size > e.size) throw new DocumentError({ kind: "entry-size-lie", entry: e.name });
    chunks.push(chunk);
  });
  try {
    for (let at = 0; at < data.length; at += INFLATE_SLICE) {
      inflate.push(data.subarray(at, at + INFLATE_SLICE), at + INFLATE_SLICE >= data.length);
    }
  } catch (err) {
    if (err instanceof DocumentError) throw err;
    throw new DocumentError({ kind: "entry-damaged", entry: e.name });
  }
  if (size !== e.size) throw new DocumentError({ kind: "entry-damaged", entry: e.name });
  return concat(chunks, size);
}

/**
 * Unzips the entries whose names `want` accepts. Throws DocumentError on a corrupt archive or
 * when the limits are exceeded.
 */
export function unzipEntries(bytes: Uint8Array, want: (name: string) => boolean, limits: ZipLimits = DEFAULT_ZIP_LIMITS, extra?: ExtraCap): Map<string, Uint8Array> {
  const entries = listEntries(bytes).filter((e) => want(e.name));
  const budget = new Budget(limits, bytes.length, extra);
  budget.declare(entries.reduce((n, e) => n + e.size, 0));
  const out = new Map<string, Uint8Array>();
  for (const e of entries) out.set(e.name, inflateEntry(bytes, e, budget));
  return out;
}

/** Every entry, raw, for rewriting a package (the annotator). Same limits. */
export function unzipAll(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Map<string, Uint8Array> {
  return unzipEntries(bytes, () => true, limits);
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
