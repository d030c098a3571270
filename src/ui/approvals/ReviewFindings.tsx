/** A review's findings grouped like the Word pane (Annex 1 part 3 bullet, then severity), worded in the UI language. */
import { Badge, Text } from "@fluentui/react-components";
import type { FindingSummary } from "../../graph/workflow/model";
import type { MessageKey } from "../i18n";
import { en } from "../i18n/en";
import { useLocale } from "../i18n/context";
import { groupFindings } from "../pane/grouping";
import { asFinding } from "./summary-findings";

const BADGE = { high: "danger", medium: "warning", low: "informative" } as const;

export function ReviewFindings(props: { summary: FindingSummary; id: string }) {
  const { t, locale } = useLocale();
  const s = props.summary;
  if (s.total === 0) return <Text size={200}>{t("appr.noFindings")}</Text>;
  const groups = groupFindings(s.findings.map((f) => asFinding(f, locale)));
  const labels = new Map(s.findings.map((f) => [f.paragraph, f.label]));
  return (
    <details open={s.findings.length <= 8} data-findings>
      <summary style={{ cursor: "pointer" }}>
        <Text weight="semibold">{t("appr.findingsTitle")}</Text> — <Text size={200}>{t("appr.findings", { total: s.total, high: s.high, medium: s.medium, low: s.low })}</Text>
      </summary>
      {groups.map((g) => (
        <section key={g.bullet} aria-labelledby={`${props.id}-${g.bullet}`} style={{ marginTop: 6 }}>
          <Text as="h4" id={`${props.id}-${g.bullet}`} weight="semibold" size={200} style={{ margin: "4px 0", display: "block" }}>
            {t(`bullet.${g.bullet}` as MessageKey)} ({g.findings.length})
          </Text>
          <ul style={{ margin: 0, paddingLeft: 18, display: "flex", flexDirection: "column", gap: 4 }}>
            {g.findings.map((f, i) => (
              <li key={`${f.ruleId}-${f.paragraph}-${i}`} data-rule={f.ruleId}>
                <Badge appearance="filled" color={BADGE[f.severity]} size="small">
                  {t(`severity.${f.severity}` as MessageKey)}
                </Badge>{" "}
                <Text weight="semibold" size={200}>
                  {`factor.${f.factor}` in en ? t(`factor.${f.factor}` as MessageKey) : f.factor}
                </Text>{" "}
                <Text size={200}>
                  · {f.clauses.join(" · ")} · {labels.get(f.paragraph) ?? t("paragraphRef", { n: f.paragraph + 1 })}
                </Text>
                <br />
                <Text size={200}>{f.message}</Text>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {s.omitted > 0 && <Text size={200}>{t("appr.omitted", { count: s.omitted })}</Text>}
    </details>
  );
}
