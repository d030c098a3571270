/** Writes still in the outbox: how many, which, and for failed ones retry or discard. */
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Outbox } from "../../graph/outbox/outbox";
import type { OutboxEntry } from "../../graph/outbox/types";
import { useLocale } from "../i18n/context";

export function PendingWrites(props: { outbox: Outbox; user: string | null; onDrained?: () => void }) {
  const { t } = useLocale();
  const [entries, setEntries] = useState<readonly OutboxEntry[]>([]);
  const { onDrained } = props;
  useEffect(() => {
    let had = 0;
    return props.outbox.subscribe((all) => {
      const mine = all.filter((e) => !props.user || e.user.toLowerCase() === props.user.toLowerCase());
      setEntries(mine);
      if (had > 0 && mine.length === 0) onDrained?.();
      had = mine.length;
    });
  }, [props.outbox, props.user, onDrained]);
  if (entries.length === 0) return null;
  return (
    <MessageBar intent={entries.some((e) => e.state === "failed") ? "error" : "info"} layout="multiline" role="status">
      <MessageBarBody>
        <MessageBarTitle>{t("appr.pending", { count: entries.length })}</MessageBarTitle>
        <Text as="p" size={200} style={{ margin: "2px 0" }}>
          {t("appr.pendingHint")}
        </Text>
        <ul style={{ margin: 0, paddingLeft: 18 }}>
          {entries.map((e) => (
            <li key={e.key}>
              {t(`appr.what.${e.label.what}`)}: {e.label.title}
              {e.state === "failed" && (
                <>
                  {" — "}
                  {t("appr.failed", { reason: e.lastError ?? "?" })}{" "}
                  <Button size="small" onClick={() => void props.outbox.retry(e.key)}>
                    {t("appr.retry")}
                  </Button>{" "}
                  <Button size="small" appearance="subtle" onClick={() => void props.outbox.discard(e.key)}>
                    {t("appr.discard")}
                  </Button>
                </>
              )}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
