/**
 * Reading the zip container of a .docx safely. Sizes are enforced while inflating, not trusted
 * from headers, so a zip bomb stops at the cap instead of exhausting memory.
 */
import { Unzip, UnzipInflate, type UnzipFile } from "fflate";
import { DocumentError } from "./model";

export interface ZipLimits {
  /** Total uncompressed bytes accepted across the entries read. */
  readonly maxUncompressed: number;
  /** Largest ratio of unpacked bytes to the archive's size (checked once past 16 MB). */
  readonly maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxUncompressed: 200 * 1024 * 1024, maxRatio: 100 };

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
  if (bytes.length === 0) throw new DocumentError("empty", "the file is empty");
  if (isEncryptedOoxml(bytes)) throw new DocumentError("encrypted", "the document is password-protected; remove the password in Word and scan it again");
  if (isCompoundFile(bytes)) throw new DocumentError("legacy-doc", "this is a Word 97-2003 (.doc) file; open it in Word and save it as .docx");
  if (!isZip(bytes)) throw new DocumentError("corrupt", "not a valid .docx (the file is not a zip package)");
}

/**
 * Unzips the entries whose names `want` accepts. Throws DocumentError on a corrupt archive or
 * when the limits are exceeded.
 */
export function unzipEntries(bytes: Uint8Array, want: (name: string) => boolean, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  let total = 0;
  let failure: DocumentError | undefined;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (file: UnzipFile) => {
    if (!want(file.name) || failure) return;
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (err, chunk, final) => {
      if (failure) return;
      if (err) {
        failure = new DocumentError("corrupt", `not a valid .docx (damaged entry ${file.name}: ${err.message})`);
        return;
      }
      size += chunk.length;
      total += chunk.length;
      if (total > limits.maxUncompressed) {
        failure = new DocumentError("zip-bomb", `the document expands beyond ${Math.round(limits.maxUncompressed / 1048576)} MB when unpacked; refusing it as a possible zip bomb`);
        file.terminate();
        return;
      }
      // Local headers may not carry sizes (data descriptors), so the ratio is taken against the archive.
      if (total > 16 * 1048576 && total / bytes.length > limits.maxRatio) {
        failure = new DocumentError("zip-bomb", `the document expands more than ${limits.maxRatio}× its size when unpacked; refusing it as a possible zip bomb`);
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) out.set(file.name, concat(chunks, size));
    };
    file.start();
  };
  try {
    unzip.push(bytes, true);
  } catch (e) {
    if (failure) throw failure;
    throw new DocumentError("corrupt", `not a valid .docx (${(e as Error).message || "corrupt zip"})`);
  }
  if (failure) throw failure;
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
