/**
 * Chooses the document host at start-up. Inside Word, Office.js reports the host and the
 * adapter wraps Word's API; anywhere else (a plain browser, office.js unreachable) the pane runs
 * on the standalone host. This is the only place the pane's start-up touches the Office globals.
 */
import { toBase64 } from "./base64";
import { StandaloneHost, type KeyValueStore } from "./standalone/standalone-host";
import type { DocumentHost } from "./host";
import { WordHost } from "./word/word-host";

export interface HostChoice {
  readonly host: DocumentHost;
  /** Office's display language ("kk-KZ"), or the browser's. */
  readonly displayLanguage: string;
  readonly standalone?: StandaloneHost;
  /** Opens the conclusion: a new Word document inside Word, a download elsewhere. */
  readonly deliver: (bytes: Uint8Array, fileName: string) => Promise<void>;
  /** Opens another document (the draft's other language version) next to this one; Word only. */
  readonly showDocument?: (bytes: Uint8Array, fileName: string) => Promise<void>;
}

const OFFICE_READY_TIMEOUT_MS = 5000;

export async function createHost(storage: KeyValueStore): Promise<HostChoice> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (office) {
    const info = await Promise.race([
      office.onReady(),
      new Promise<{ host: null }>((resolve) => setTimeout(() => resolve({ host: null }), OFFICE_READY_TIMEOUT_MS)),
    ]);
    const word = (globalThis as { Word?: typeof Word }).Word;
    if (info.host === office.HostType.Word && word) {
      const host = new WordHost(office, word);
      // A new Word document from .docx bytes, opened next to the draft (Application.createDocument
      // and DocumentCreated.open, WordApi 1.3).
      const openInWord = async (bytes: Uint8Array) => {
        await word.run(async (ctx) => {
          ctx.application.createDocument(toBase64(bytes)).open();
          await ctx.sync();
        });
      };
      return {
        host,
        displayLanguage: office.context.displayLanguage,
        deliver: openInWord,
        showDocument: openInWord,
      };
    }
  }
  const standalone = new StandaloneHost(storage);
  return { host: standalone, standalone, displayLanguage: globalThis.navigator?.language ?? "ru", deliver: download };
}

/** Saves the bytes as a file in a plain browser. */
export async function download(bytes: Uint8Array, fileName: string): Promise<void> {
  const blob = new Blob([bytes as BlobPart], { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
