/**
 * Turning command-line paths into documents. Every problem is one line about one file; the
 * other files are still scanned.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { DocumentError, type DocModel } from "../documents/model";
import { readDocx } from "../documents/read-docx";
import { readText } from "../documents/read-text";

export const SCANNABLE = new Set([".docx", ".docm", ".txt", ".md", ".doc"]);

export interface InputFile {
  readonly path: string;
  /** Set when the path itself is unusable (missing, unsupported type). */
  readonly error?: string;
}

/** Expands files and folders (recursively) into the files to scan, sorted within each folder. */
export async function expandInputs(paths: readonly string[]): Promise<InputFile[]> {
  const out: InputFile[] = [];
  for (const p of paths) {
    let stat;
    try {
      stat = await fs.stat(p);
    } catch {
      out.push({ path: p, error: "no such file or folder" });
      continue;
    }
    if (stat.isDirectory()) {
      const found: string[] = [];
      await walk(p, found);
      found.sort((a, b) => a.localeCompare(b));
      out.push(...found.map((f) => ({ path: f })));
    } else if (SCANNABLE.has(path.extname(p).toLowerCase())) {
      out.push({ path: p });
    } else {
      out.push({ path: p, error: `unsupported file type "${path.extname(p) || "(none)"}" (scan .docx, .txt or .md)` });
    }
  }
  return out;
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  for (const e of entries) {
    if (e.name.startsWith(".") || e.name === "node_modules") continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) await walk(full, out);
    else if (e.isFile() && SCANNABLE.has(path.extname(e.name).toLowerCase()) && !e.name.startsWith("~$")) out.push(full);
  }
}

/** Reads and parses one file; throws DocumentError with a one-line reason. */
export async function loadDocument(file: string, maxBytes: number): Promise<{ doc: DocModel; bytes: Uint8Array }> {
  const stat = await fs.stat(file);
  if (stat.size > maxBytes) {
    throw new DocumentError("too-large", `the file is ${(stat.size / 1048576).toFixed(1)} MB, above the ${(maxBytes / 1048576).toFixed(0)} MB limit (raise it with --max-size)`);
  }
  const bytes = new Uint8Array(await fs.readFile(file));
  const ext = path.extname(file).toLowerCase();
  if (ext === ".doc") {
    // Some ".doc" files are really .docx renamed; read those, refuse the rest clearly.
    if (bytes[0] === 0x50 && bytes[1] === 0x4b) return { doc: readDocx(bytes), bytes };
    if (bytes.length === 0) throw new DocumentError("empty", "the file is empty");
    throw new DocumentError("legacy-doc", "this is a Word 97-2003 (.doc) file; open it in Word and save it as .docx");
  }
  if (ext === ".docx" || ext === ".docm") return { doc: readDocx(bytes), bytes };
  return { doc: readText(bytes, ext === ".md" ? "md" : "txt"), bytes };
}
