/** Signing in as a demo user of the emulator, for Node tests and the bench (the browser has the dev picker). */
import type { AccountInfo, Auth } from "../graph/session";
import type { GraphEmulator } from "./server";

export class EmulatorAuth implements Auth {
  private current: AccountInfo | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly emulator: GraphEmulator) {}

  as(upn: string): this {
    const u = this.emulator.store.findUser(upn);
    if (!u) throw new Error(`No demo user ${upn}`);
    this.current = { upn: u.userPrincipalName, displayName: u.displayName };
    for (const l of this.listeners) l();
    return this;
  }

  account(): AccountInfo | null {
    return this.current;
  }

  async signIn(): Promise<AccountInfo> {
    if (!this.current) throw new Error("Choose a demo user first");
    return this.current;
  }

  async signOut(): Promise<void> {
    this.current = null;
    for (const l of this.listeners) l();
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async getAccessToken(): Promise<string> {
    if (!this.current) throw Object.assign(new Error("Not signed in"), { statusCode: 401 });
    return this.emulator.tokenFor(this.current.upn);
  }
}
