/**
 * Turning command-line paths into documents. Every problem is one line about one file; the
 * other files are still scanned.
 *
 * Files are opened before anything else is asked of them, without blocking (a FIFO would
 * otherwise wait for a writer forever), and the open descriptor is what gets checked and read,
 * never more than the size limit, so a name that looks like a text file but leads to a device
 * such as /dev/zero cannot get past --max-size. Symbolic links met while walking a folder are
 * followed when they lead inside the folders given, and reported otherwise.
 */
import { constants, promises as fs, type Dirent } from "node:fs";
import path from "node:path";
import { DocumentError, type Problem } from "../documents/errors";
import type { DocModel } from "../documents/model";
import { readDocx } from "../documents/read-docx";
import { readText } from "../documents/read-text";

export const SCANNABLE = new Set([".docx", ".docm", ".txt", ".md", ".doc"]);

export interface InputFile {
  readonly path: string;
  /** Set when the path itself is unusable (missing, unsupported type, a link leading outside). */
  readonly problem?: Problem;
}

const scannable = (name: string) => SCANNABLE.has(path.extname(name).toLowerCase()) && !path.basename(name).startsWith("~$");

/** Expands files and folders (recursively) into the files to scan, sorted within each folder. */
export async function expandInputs(paths: readonly string[]): Promise<InputFile[]> {
  const roots: string[] = [];
  for (const p of paths) {
    const real = await fs.realpath(p).catch(() => undefined);
    const stat = real ? await fs.stat(real).catch(() => undefined) : undefined;
    if (real && stat?.isDirectory()) roots.push(real);
  }
  const out: InputFile[] = [];
  for (const p of paths) {
    // A path the user typed is followed wherever it leads; only what is inside folders is fenced.
    const stat = await fs.stat(p).catch(() => undefined);
    if (!stat) out.push({ path: p, problem: (await fs.lstat(p).catch(() => undefined)) ? { kind: "symlink-broken" } : { kind: "missing" } });
    else if (stat.isDirectory()) {
      const found: InputFile[] = [];
      await walk(p, roots, new Set([await fs.realpath(p)]), found);
      out.push(...found);
    } else if (SCANNABLE.has(path.extname(p).toLowerCase())) out.push({ path: p });
    else out.push({ path: p, problem: { kind: "unsupported-type", ext: path.extname(p) } });
  }
  return out;
}

function inside(real: string, roots: readonly string[]): boolean {
  return roots.some((r) => real === r || real.startsWith(r.endsWith(path.sep) ? r : r + path.sep));
}

async function walk(dir: string, roots: readonly string[], seen: Set<string>, out: InputFile[]): Promise<void> {
  const entries: Dirent[] = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith(".") || e.name === "node_modules") continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      await walk(full, roots, seen, out);
    } else if (e.isFile()) {
      if (scannable(e.name)) out.push({ path: full });
    } else if (e.isSymbolicLink()) {
      const real = await fs.realpath(full).catch(() => undefined);
      const stat = real ? await fs.stat(real).catch(() => undefined) : undefined;
      if (!real || !stat) {
        if (scannable(e.name)) out.push({ path: full, problem: { kind: "symlink-broken" } });
      } else if (!stat.isDirectory() && !scannable(e.name)) {
        continue;
      } else if (!inside(real, roots)) {
        out.push({ path: full, problem: { kind: "symlink-outside", target: real } });
      } else if (stat.isDirectory()) {
        // A link back up the tree would otherwise be walked forever.
        if (seen.has(real)) continue;
        seen.add(real);
        await walk(full, roots, seen, out);
      } else {
        out.push({ path: full });
      }
    } else if (scannable(e.name)) {
      out.push({ path: full, problem: { kind: "not-regular-file" } });
    }
  }
}

/** Reads at most `maxBytes` of a regular file; anything else (FIFO, device, socket) is refused. */
export async function readCapped(file: string, maxBytes: number): Promise<Uint8Array> {
  let handle: fs.FileHandle;
  try {
    // O_NONBLOCK: opening a FIFO for reading otherwise waits for a writer (open(2)).
    handle = await fs.open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw new DocumentError(openProblem(e));
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new DocumentError({ kind: "not-regular-file" });
    if (stat.size > maxBytes) throw new DocumentError({ kind: "file-too-large", sizeMb: stat.size / 1048576, limitMb: Math.round(maxBytes / 1048576) });
    // The size can change between fstat and the reads (a file still being written): stop one byte past the cap.
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const room = maxBytes + 1 - total;
      if (room === 0) throw new DocumentError({ kind: "file-too-large", sizeMb: total / 1048576, limitMb: Math.round(maxBytes / 1048576) });
      const chunk = new Uint8Array(Math.min(Math.max(stat.size + 1 - total, 65536), room));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
    }
    return chunks.length === 1 ? (chunks[0] as Uint8Array) : Buffer.concat(chunks);
  } finally {
    await handle.close();
  }
}

function openProblem(e: unknown): Problem {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return { kind: "missing" };
  return { kind: "unreadable", cause: code ?? String((e as Error).message) };
}

/** Reads and parses one file; throws DocumentError with a one-line reason. */
export async function loadDocument(file: string, maxBytes: number): Promise<{ doc: DocModel; bytes: Uint8Array }> {
  const bytes = await readCapped(file, maxBytes);
  const ext = path.extname(file).toLowerCase();
  if (ext === ".doc") {
    // Some ".doc" files are really .docx renamed; read those, refuse the rest clearly.
    if (bytes[0] === 0x50 && bytes[1] === 0x4b) return { doc: readDocx(bytes), bytes };
    if (bytes.length === 0) throw new DocumentError({ kind: "empty" });
    throw new DocumentError({ kind: "legacy-doc" });
  }
  if (ext === ".docx" || ext === ".docm") return { doc: readDocx(bytes), bytes };
  return { doc: readText(bytes, ext === ".md" ? "md" : "txt"), bytes };
}
