/**
 * A review's status as everyone sees it (the author's timeline and the approver's card show the
 * same derivation): each step with its approver, decisions on the current version, decisions on
 * an earlier version, and what an open step means once the draft was rejected.
 */
import { Badge, Text } from "@fluentui/react-components";
import type { ReviewState, ReviewStatus, StepState } from "../../graph/workflow/status";
import { useLocale } from "../i18n/context";
import { formatDay, formatMoment } from "./dates";

const COLOR: Record<StepState | ReviewState, "informative" | "success" | "danger" | "warning" | "subtle"> = { pending: "informative", approved: "success", rejected: "danger", blocked: "warning", withdrawn: "subtle", unroutable: "danger", closed: "subtle", changed: "warning" };

export function StateBadge(props: { state: StepState | ReviewState }) {
  const { t } = useLocale();
  return (
    <Badge appearance="tint" color={COLOR[props.state]} data-state={props.state}>
      {t(`appr.state.${props.state}`)}
    </Badge>
  );
}

export function Timeline(props: { status: ReviewStatus; unitName: (id: string) => string }) {
  const { t, locale } = useLocale();
  const s = props.status;
  const rejecter = s.rejectedBy?.events.at(-1)?.approver.displayName ?? "";
  return (
    <ol style={{ margin: 0, paddingLeft: 18, display: "flex", flexDirection: "column", gap: 6 }} aria-label={s.review.title}>
      {s.steps.map((step) => (
        <li key={step.assignment.id} data-step={step.assignment.unit}>
          <Text weight="semibold">{props.unitName(step.assignment.unit)}</Text> <Text size={200}>({t(`appr.role.${step.assignment.role}`)})</Text> <StateBadge state={step.state} />{" "}
          {step.overdue && (
            <Badge appearance="filled" color="danger">
              {t("appr.overdue")}
            </Badge>
          )}
          <ul style={{ margin: "2px 0 0", paddingLeft: 18 }}>
            {step.earlier.map((e) => (
              <li key={e.decision.itemId} data-earlier>
                <Text size={200}>
                  {t(`appr.earlier.${e.decision.decision}`, { name: e.approver.displayName })} · <time dateTime={e.decision.at}>{formatMoment(e.decision.at, locale)}</time>
                </Text>
              </li>
            ))}
            {step.events.map((e) => (
              <li key={e.decision.itemId}>
                {t(`appr.event.${e.decision.decision}`, { name: e.approver.displayName })} · <time dateTime={e.decision.at}>{formatMoment(e.decision.at, locale)}</time>
                {e.decision.comment && <blockquote style={{ margin: "2px 0 2px 8px", fontStyle: "italic", whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>{e.decision.comment}</blockquote>}
              </li>
            ))}
            {step.state === "pending" && step.approver && (
              <li>
                {t("appr.waitingFor", { name: step.approver.displayName })} · {t("appr.due", { date: formatDay(step.assignment.due, locale) })}
                {step.assignment.substituteFor && <> ({t("appr.substitute", { name: step.assignment.substituteFor.displayName })})</>}
              </li>
            )}
            {step.state === "closed" && rejecter && <li>{t("appr.closedBy", { name: rejecter })}</li>}
            {step.state === "unroutable" && <li>{t("appr.unroutableHint")}</li>}
            {step.state === "blocked" && step.approver && <li>{t("appr.blockedHint", { name: step.approver.displayName })}</li>}
          </ul>
        </li>
      ))}
    </ol>
  );
}
