/** A submitted review's status: each step with its approver, recusals and the final decision. */
import { Badge, Text } from "@fluentui/react-components";
import type { ReviewStatus, StepState } from "../../graph/workflow/status";
import { useLocale } from "../i18n/context";

const COLOR: Record<StepState | ReviewStatus["state"], "informative" | "success" | "danger" | "warning" | "subtle"> = { pending: "informative", approved: "success", rejected: "danger", blocked: "warning", withdrawn: "subtle" };

export function StateBadge(props: { state: StepState | ReviewStatus["state"] }) {
  const { t } = useLocale();
  return (
    <Badge appearance="tint" color={COLOR[props.state]} data-state={props.state}>
      {t(`appr.state.${props.state}`)}
    </Badge>
  );
}

export function Timeline(props: { status: ReviewStatus; unitName: (id: string) => string }) {
  const { t } = useLocale();
  const s = props.status;
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
            {step.events.map((e) => (
              <li key={e.decision.itemId}>
                {t(`appr.event.${e.decision.decision}`, { name: e.approver.displayName })} · <time dateTime={e.decision.at}>{new Date(e.decision.at).toLocaleString()}</time>
                {e.decision.comment && <blockquote style={{ margin: "2px 0 2px 8px", fontStyle: "italic" }}>{e.decision.comment}</blockquote>}
              </li>
            ))}
            {step.state === "pending" && (
              <li>
                {t("appr.waitingFor", { name: step.approver.displayName })} · {t("appr.due", { date: step.assignment.due })}
                {step.assignment.substituteFor && <> ({t("appr.substitute", { name: step.assignment.substituteFor.displayName })})</>}
              </li>
            )}
          </ul>
        </li>
      ))}
    </ol>
  );
}
