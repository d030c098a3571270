/**
 * The Graph session follows the signed-in account: one session per account, made when that
 * account is first seen (the emulator's "sign in as" bar, Office signing in another user).
 * Everything that reads `current()` acts for whoever is signed in now; a session of another
 * account can neither get a token nor deliver its outbox entries (session.ts).
 */
import { Approvals } from "./approvals";
import { GraphReportSender } from "./reports";
import { createSession, type GraphSession, type SessionOptions } from "./session";

export interface AccountBundle {
  readonly session: GraphSession;
  readonly approvals: Approvals;
  readonly reports: GraphReportSender;
}

export class AccountSessions {
  private readonly bundles = new Map<string, AccountBundle>();

  constructor(private readonly options: SessionOptions) {}

  current(): AccountBundle {
    const upn = (this.options.auth.account()?.upn ?? "").toLowerCase();
    let bundle = this.bundles.get(upn);
    if (!bundle) {
      const session = createSession(this.options);
      bundle = { session, approvals: new Approvals(session), reports: new GraphReportSender(session) };
      this.bundles.set(upn, bundle);
    }
    return bundle;
  }
}
