/** A one-line progress bar on stderr for multi-file runs; silent when stderr is not a terminal. */
export interface ProgressSink {
  write(s: string): void;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

export class Progress {
  private shown = false;

  constructor(
    private readonly sink: ProgressSink,
    private readonly total: number,
    private readonly enabled: boolean,
  ) {}

  update(done: number, label: string): void {
    if (!this.enabled || this.total < 2) return;
    const width = 24;
    const filled = Math.round((done / this.total) * width);
    const bar = `${"█".repeat(filled)}${"░".repeat(width - filled)}`;
    const room = Math.max(10, (this.sink.columns ?? 80) - width - 20);
    const name = label.length > room ? `…${label.slice(label.length - room + 1)}` : label;
    this.sink.write(`\r\u001b[2K${bar} ${done}/${this.total} ${name}`);
    this.shown = true;
  }

  finish(): void {
    if (this.shown) this.sink.write("\r\u001b[2K");
    this.shown = false;
  }
}
