/** Captures the CLI's output when it runs in-process. */
import { Readable } from "node:stream";
import type { CliIO } from "../../src/cli/main";

export interface Captured extends CliIO {
  out(): string;
  err(): string;
}

export function captureIO(options: { tty?: boolean; stdin?: string } = {}): Captured {
  let out = "";
  let err = "";
  return {
    stdout: { write: (s: string) => ((out += s), true), isTTY: options.tty ?? false },
    stderr: { write: (s: string) => ((err += s), true), isTTY: options.tty ?? false, columns: 100 },
    stdin: Readable.from([options.stdin ?? ""]),
    now: () => new Date("2026-11-24T12:00:00Z"),
    env: { NO_COLOR: "1" },
    out: () => out,
    err: () => err,
  };
}
