/** The Graph connection and the signed-in account as React state. */
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
      if (c.state === "ready") {
        setAccount(c.auth.account());
        off = c.auth.onChange(() => setAccount(c.auth.account()));
      }
    });
    return () => {
      alive = false;
      off();
    };
  }, []);
  return { conn, account };
}
