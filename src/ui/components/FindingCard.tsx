/** One finding: severity, factor, clauses, the words, what is wrong, what to do, the rewrite. */
import { Badge, Button, makeStyles, mergeClasses, Text, tokens, Tooltip } from "@fluentui/react-components";
import { DismissCircleRegular, EditRegular, TextQuoteRegular } from "@fluentui/react-icons";
import type { Finding, Severity } from "../../engine";
import { useLocale } from "../i18n/context";
import type { MessageKey } from "../i18n";

const useStyles = makeStyles({
  card: {
    borderLeft: `4px solid ${tokens.colorNeutralStroke1}`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
    borderRadius: tokens.borderRadiusMedium,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  high: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  medium: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  low: { borderLeftColor: tokens.colorPaletteBlueBorderActive },
  active: { outline: `2px solid ${tokens.colorBrandStroke1}` },
  meta: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS, alignItems: "center" },
  excerpt: {
    justifyContent: "flex-start",
    textAlign: "start",
    fontStyle: "italic",
    height: "auto",
    minHeight: "unset",
    paddingLeft: 0,
    whiteSpace: "normal",
  },
  label: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  suggestion: { backgroundColor: tokens.colorPaletteGreenBackground1, padding: tokens.spacingHorizontalXS, borderRadius: tokens.borderRadiusSmall },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const BADGE: Readonly<Record<Severity, "danger" | "warning" | "informative">> = { high: "danger", medium: "warning", low: "informative" };

export interface FindingCardProps {
  readonly finding: Finding;
  readonly active: boolean;
  readonly canApply: boolean;
  readonly applyDisabledReason?: string;
  readonly onSelect: (f: Finding) => void;
  readonly onApply: (f: Finding) => void;
  readonly onDismiss: (f: Finding) => void;
  readonly paragraphLabel: string;
}

export function FindingCard(props: FindingCardProps) {
  const s = useStyles();
  const { t } = useLocale();
  const f = props.finding;
  const id = `finding-${f.paragraph}-${f.start}-${f.end}-${f.ruleId.replace(/\W/gu, "-")}`;
  return (
    <article id={id} aria-labelledby={`${id}-title`} className={mergeClasses(s.card, s[f.severity], props.active && s.active)} data-rule={f.ruleId} data-severity={f.severity}>
      <div className={s.meta}>
        <Badge appearance="filled" color={BADGE[f.severity]}>{t(`severity.${f.severity}` as MessageKey)}</Badge>
        <Text id={`${id}-title`} weight="semibold">{t(`factor.${f.factor}` as MessageKey)}</Text>
        <Text size={200}>{f.clauses.join(" · ")}</Text>
        <Text size={200}>{props.paragraphLabel}</Text>
      </div>
      <Button appearance="transparent" className={s.excerpt} icon={<TextQuoteRegular />} onClick={() => props.onSelect(f)} aria-label={`${t("showInDocument")}: ${f.excerpt}`}>
        «{f.excerpt}»
      </Button>
      <Text>{f.message}</Text>
      <Text>
        <span className={s.label}>{t("whatToDo")}: </span>
        {f.recommendation}
      </Text>
      {f.suggestion !== undefined && (
        <Text>
          <span className={s.label}>{t("suggested")}: </span>
          <span className={s.suggestion}>{f.suggestion}</span>
        </Text>
      )}
      <div className={s.actions}>
        {f.suggestion !== undefined && (
          <Tooltip content={props.applyDisabledReason ?? t("applySuggestion")} relationship="description">
            <Button size="small" icon={<EditRegular />} disabled={!props.canApply} onClick={() => props.onApply(f)}>
              {t("applySuggestion")}
            </Button>
          </Tooltip>
        )}
        <Button size="small" appearance="subtle" icon={<DismissCircleRegular />} onClick={() => props.onDismiss(f)}>
          {t("dismiss")}
        </Button>
      </div>
    </article>
  );
}
