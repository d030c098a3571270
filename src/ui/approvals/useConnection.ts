/**
 * The Graph connection and the signed-in account as React state. The account follows the host:
 * the emulator's bar says when it changes, and when the pane comes back into view the host is
 * asked again (Office may have switched user meanwhile), so nothing is shown or decided for the
 * previous user.
 */
import { useEffect, useState } from "react";
import type { AccountInfo } from "../../graph/session";
import { getConnection, type GraphConnection } from "./connection";

export function useConnection(): { conn: GraphConnection | null; account: AccountInfo | null } {
  const [conn, setConn] = useState<GraphConnection | null>(null);
  const [account, setAccount] = useState<AccountInfo | null>(null);
  useEffect(() => {
    let off = () => {};
    let alive = true;
    void getConnection().then((c) => {
      if (!alive) return;
      setConn(c);
      if (c.state !== "ready") return;
      const refresh = () => void c.auth.refresh?.().catch(() => undefined);
      const onVisible = () => document.visibilityState === "visible" && refresh();
      const stop = c.auth.onChange(() => setAccount(c.auth.account()));
      window.addEventListener("focus", refresh);
      document.addEventListener("visibilitychange", onVisible);
      off = () => {
        stop();
        window.removeEventListener("focus", refresh);
        document.removeEventListener("visibilitychange", onVisible);
      };
      setAccount(c.auth.account());
      refresh();
    });
    return () => {
      alive = false;
      off();
    };
  }, []);
  return { conn, account };
}
