/** Renders a pane into #root, or says in the page why it could not start. */
import { StrictMode, type ReactNode } from "react";
import { createRoot } from "react-dom/client";

export function mount(app: ReactNode): void {
  createRoot(document.getElementById("root") as HTMLElement).render(<StrictMode>{app}</StrictMode>);
}

export function startPane(start: () => Promise<void>): void {
  start().catch((e) => {
    const el = document.getElementById("root");
    if (el) el.textContent = `Adal could not start: ${(e as Error).message}`;
  });
}
