/**
 * The review task pane: check the draft, see findings grouped by Annex 1 part 3 bullet and
 * severity, jump to them, apply a rewrite, dismiss with a reason, export the conclusion.
 * It knows the host only through PaneController and `deliver`.
 */
import {
  Badge,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Select,
  Switch,
  Text,
  ToggleButton,
  tokens,
} from "@fluentui/react-components";
import { ArrowClockwiseRegular, DocumentArrowDownRegular, EraserRegular, SendRegular, ShieldCheckmarkRegular } from "@fluentui/react-icons";
import { useMemo, useState, useSyncExternalStore } from "react";
import type { Engine, Finding, Severity } from "../../engine";
import { ComparePanel, type Compared } from "../bilingual/ComparePanel";
import { FindingCard } from "../components/FindingCard";
import { DismissDialog, ExportDialog } from "../components/Dialogs";
import { LanguagePicker } from "../components/LanguagePicker";
import { useLocale } from "../i18n/context";
import type { MessageKey } from "../i18n";
import { ALL_SEVERITIES, applyFilter, BULLETS, bulletOf, countBy, groupFindings, type Bullet, type Filter } from "./grouping";
import { findingId, hasText, type PaneController } from "./controller";
import { paneNumbers } from "./provision";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, minWidth: 0 },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  brand: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase500 },
  tagline: { margin: 0, color: tokens.colorNeutralForeground2 },
  toolbar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  filters: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  counts: { listStyle: "none", padding: 0, margin: 0, display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  groupTitle: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase400 },
  list: { listStyle: "none", padding: 0, margin: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  section: { margin: 0, fontSize: tokens.fontSizeBase400 },
  muted: { color: tokens.colorNeutralForeground2 },
});

export interface PaneAppProps {
  readonly controller: PaneController;
  readonly engine: Engine;
  readonly standalone: boolean;
  readonly deliver: (bytes: Uint8Array, fileName: string) => Promise<void>;
  readonly storage: { getItem(k: string): string | null; setItem(k: string, v: string): void };
  readonly activeFinding?: string;
  readonly onActiveFinding?: (id: string | undefined) => void;
  /** Opens "Send for approval" (routing through Microsoft Graph). */
  readonly onSendForApproval?: () => void;
  /** Opens the other language version next to the draft, where the host can (Word). */
  readonly showDocument?: (bytes: Uint8Array, fileName: string) => Promise<void>;
}

export { findingId };

export function PaneApp(props: PaneAppProps) {
  const s = useStyles();
  const { t, locale } = useLocale();
  const state = useSyncExternalStore(props.controller.subscribe, props.controller.getState, props.controller.getState);
  const [filter, setFilter] = useState<Filter>({ severities: ALL_SEVERITIES, bullet: "all" });
  const [dismissing, setDismissing] = useState<Finding | undefined>();
  const [exporting, setExporting] = useState(false);
  const [exportBusy, setExportBusy] = useState(false);
  const [compared, setCompared] = useState<Compared | undefined>();
  const host = props.controller.host;

  const localized = useMemo(() => state.findings.map((f) => props.engine.localize(f, locale)), [state.findings, locale, props.engine]);
  const visible = applyFilter(localized, filter);
  const groups = groupFindings(visible);
  const byBullet = countBy(localized, bulletOf);
  const bySeverity = countBy(localized, (f) => f.severity);
  const unitName = (id: string) => props.engine.units.units.find((u) => u.id === id)?.name[locale] ?? id;
  const numbers = useMemo(() => paneNumbers(state.doc?.paragraphs ?? []), [state.doc]);
  const label = (f: Finding) => {
    const p = state.doc?.paragraphs[f.paragraph];
    const n = numbers[f.paragraph];
    const ref = n ? t("provisionRef", { n }) : t("paragraphRef", { n: f.paragraph + 1 });
    return p?.part === "header" || p?.part === "footer" ? `${ref} (${t(`part.${p.part}`)})` : ref;
  };
  // A standalone mark is clicked by its place; a card is selected by place and rule.
  const isActive = (f: Finding) => props.activeFinding === findingId(f) || props.activeFinding === `${f.paragraph}:${f.start}:${f.end}`;
  const canConclude = state.phase === "ready" && hasText(state.doc);

  const select = (f: Finding) => {
    props.onActiveFinding?.(findingId(f));
    void props.controller.select(f);
  };

  const toggleSeverity = (sev: Severity) => {
    const next = new Set(filter.severities);
    if (next.has(sev)) next.delete(sev);
    else next.add(sev);
    setFilter({ ...filter, severities: next });
  };

  const doExport = async (reviewer: string) => {
    if (!canConclude) {
      setExporting(false);
      props.controller.notify({ kind: "warning", key: "exportNoDocument" });
      return;
    }
    setExportBusy(true);
    props.storage.setItem("adal.reviewer", reviewer);
    try {
      const { buildConclusion } = await import(/* webpackChunkName: "conclusion" */ "../../documents/conclusion");
      const { toConclusionBilingual } = await import(/* webpackChunkName: "conclusion" */ "../../documents/conclusion-bilingual");
      const findings = applyFilter(localized, { severities: ALL_SEVERITIES, bullet: "all" });
      const bytes = await buildConclusion({
        locale,
        documentTitle: state.doc?.title || t("untitled"),
        reviewer,
        date: new Date(),
        findings,
        paragraphs: state.doc?.paragraphs ?? [],
        units: state.units.map((u) => ({ name: unitName(u.unit), evidence: u.mentions.slice(0, 3).map((m) => m.excerpt) })),
        ...(compared ? { bilingual: toConclusionBilingual(compared.comparison, compared.book, 0, compared.otherTitle, locale) } : {}),
      });
      const file = `${fileSafe(state.doc?.title || t("untitled"))} - ${t("exportTitle")}.docx`;
      await props.deliver(bytes, file);
      props.controller.notify({ kind: "success", key: "statusExported", params: { file } });
      setExporting(false);
    } catch (e) {
      props.controller.notify({ kind: "error", key: "errorTitle", detail: (e as Error).message });
    } finally {
      setExportBusy(false);
    }
  };

  const checking = state.phase === "checking";
  return (
    <main className={s.root} aria-busy={checking}>
      <header className={s.header}>
        <div className={s.brand}>
          <ShieldCheckmarkRegular fontSize={28} aria-hidden />
          <div>
            <h1 className={s.title}>Adal</h1>
            <p className={s.tagline}>{t("appTagline")}</p>
          </div>
        </div>
        <LanguagePicker />
      </header>

      <div className={s.toolbar} role="toolbar" aria-label={t("appTagline")}>
        <Button appearance="primary" icon={<ArrowClockwiseRegular />} onClick={() => void props.controller.check()} disabled={checking}>
          {state.phase === "ready" ? t("checkAgain") : t("check")}
        </Button>
        <Button icon={<EraserRegular />} onClick={() => void props.controller.clearMarks()} disabled={checking || state.phase !== "ready"}>
          {t("clearMarks")}
        </Button>
        <Button icon={<DocumentArrowDownRegular />} onClick={() => (canConclude ? setExporting(true) : props.controller.notify({ kind: "warning", key: "exportNoDocument" }))} disabled={checking}>
          {t("exportConclusion")}
        </Button>
        {props.onSendForApproval && (
          <Button icon={<SendRegular />} onClick={props.onSendForApproval} disabled={state.phase !== "ready"}>
            {t("appr.send")}
          </Button>
        )}
        {!props.standalone && (
          <Switch
            label={t("addComments")}
            checked={state.comments}
            disabled={!host.capabilities.comments}
            onChange={(_e, d) => props.controller.setComments(d.checked)}
            aria-describedby={host.capabilities.comments ? undefined : "comments-unavailable"}
          />
        )}
        {!props.standalone && !host.capabilities.comments && (
          <Text id="comments-unavailable" size={200} className={s.muted}>
            {t("addCommentsUnavailable")}
          </Text>
        )}
      </div>

      <div aria-live="polite" role="status">
        {checking && <ProgressBar value={state.progress && state.progress.total > 0 ? state.progress.done / state.progress.total : undefined} aria-label={t("statusChecking", { done: state.progress?.done ?? 0, total: state.progress?.total ?? 0 })} />}
        {checking && <Text size={200}>{t("statusChecking", { done: state.progress?.done ?? 0, total: state.progress?.total ?? 0 })}</Text>}
        {state.phase === "ready" && state.lastRun && (
          <Text size={200}>
            {[t("statusFindings", { count: state.findings.length, paragraphs: state.lastRun.total }), ...(state.lastRun.reanalysed !== undefined ? [t("statusReanalysed", { count: state.lastRun.reanalysed })] : []), t("statusMarked", { count: state.marked })].join(" · ")}
          </Text>
        )}
      </div>

      {state.notice && (
        <MessageBar intent={state.notice.kind}>
          <MessageBarBody>
            {t(state.notice.key, state.notice.params)}
            {state.notice.detail ? ` ${state.notice.detail}` : ""}
          </MessageBarBody>
        </MessageBar>
      )}

      {state.phase === "error" && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{t("errorTitle")}</MessageBarTitle>
            {state.error}
          </MessageBarBody>
          <Button onClick={() => void props.controller.check()}>{t("retry")}</Button>
        </MessageBar>
      )}

      {state.phase === "idle" && <Text>{props.standalone ? t("emptyStandalone") : t("emptyWord")}</Text>}

      {!props.standalone && state.phase === "ready" && (
        <Text size={200} className={s.muted}>
          {t("wordNotChecked")}
        </Text>
      )}

      {state.phase === "ready" && state.findings.length === 0 && state.notice?.key !== "emptyDocument" && <Text>{t("emptyNoFindings")}</Text>}

      {state.findings.length > 0 && (
        <section aria-labelledby="counts-heading">
          <h2 id="counts-heading" className={s.section}>
            {t("countsHeading")}
          </h2>
          <ul className={s.counts}>
            {BULLETS.filter((b) => byBullet.has(b)).map((b) => (
              <li key={b}>
                <ToggleButton size="small" checked={filter.bullet === b} onClick={() => setFilter({ ...filter, bullet: filter.bullet === b ? "all" : b })}>
                  {b === "other" ? t("bullet.other") : b}&nbsp;<Badge appearance="tint">{byBullet.get(b)}</Badge>
                  {b !== "other" && <span className="adal-visually-hidden"> {t(`bullet.${b}` as MessageKey).replace(/^A1\.3\.\d\s*/u, "")}</span>}
                </ToggleButton>
              </li>
            ))}
          </ul>
          <div className={s.filters} role="group" aria-label={t("filterSeverity")}>
            <Text size={200}>{t("filterSeverity")}:</Text>
            {(["high", "medium", "low"] as const).map((sev) => (
              <ToggleButton key={sev} size="small" checked={filter.severities.has(sev)} onClick={() => toggleSeverity(sev)}>
                {t(`severity.${sev}` as MessageKey)} ({bySeverity.get(sev) ?? 0})
              </ToggleButton>
            ))}
            <label>
              <span className="adal-visually-hidden">{t("filterBullet")}</span>
              <Select aria-label={t("filterBullet")} size="small" value={filter.bullet} onChange={(_e, d) => setFilter({ ...filter, bullet: d.value as Bullet | "all" })}>
                <option value="all">
                  {t("filterBullet")}: {t("filterAll")}
                </option>
                {BULLETS.map((b) => (
                  <option key={b} value={b}>
                    {t(`bullet.${b}` as MessageKey)}
                  </option>
                ))}
              </Select>
            </label>
          </div>
        </section>
      )}

      {state.findings.length > 0 && visible.length === 0 && <Text>{t("emptyFiltered")}</Text>}

      {groups.map((g) => (
        <section key={g.bullet} className={s.group} aria-labelledby={`group-${g.bullet}`}>
          <h2 id={`group-${g.bullet}`} className={s.groupTitle}>
            {t(`bullet.${g.bullet}` as MessageKey)} ({g.findings.length})
          </h2>
          <ul className={s.list}>
            {g.findings.map((f) => (
              <li key={findingId(f)}>
                <FindingCard
                  finding={f}
                  active={isActive(f)}
                  canApply={host.capabilities.trackedChanges}
                  applyDisabledReason={host.capabilities.trackedChanges ? undefined : t("trackedUnavailable")}
                  paragraphLabel={label(f)}
                  onSelect={select}
                  onApply={(x) => void props.controller.apply(x)}
                  onDismiss={setDismissing}
                />
              </li>
            ))}
          </ul>
        </section>
      ))}

      {state.phase === "ready" && (
        <section aria-labelledby="units-heading">
          <h2 id="units-heading" className={s.section}>
            {t("unitsHeading")}
          </h2>
          {state.units.length === 0 ? (
            <Text className={s.muted}>{t("unitsNone")}</Text>
          ) : (
            <ul>
              {state.units.map((u) => (
                <li key={u.unit}>
                  <Text weight="semibold">{unitName(u.unit)}</Text> — {u.mentions.slice(0, 2).map((m) => `«${m.excerpt}»`).join(", ")}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      <ComparePanel host={host} engine={props.engine} onCompared={setCompared} {...(props.showDocument ? { showDocument: props.showDocument } : {})} />

      {state.dismissed.length > 0 && (
        <details>
          <summary>{t("dismissedHeading", { count: state.dismissed.length })}</summary>
          <ul className={s.list}>
            {state.dismissed.map(({ finding, dismissal }) => (
              <li key={dismissal.key}>
                <Text>«{finding.excerpt}»</Text> — <Text className={s.muted}>{t("dismissedReason", { reason: dismissal.reason })}</Text>{" "}
                <Button size="small" appearance="subtle" onClick={() => void props.controller.restore(dismissal.key)}>
                  {t("restore")}
                </Button>
              </li>
            ))}
          </ul>
        </details>
      )}

      <DismissDialog
        finding={dismissing}
        onCancel={() => setDismissing(undefined)}
        onConfirm={(reason) => {
          const f = dismissing;
          setDismissing(undefined);
          if (f) void props.controller.dismiss(state.findings.find((x) => findingId(x) === findingId(f)) ?? f, reason);
        }}
      />
      {exporting && <ExportDialog open={exporting} busy={exportBusy} initialReviewer={props.storage.getItem("adal.reviewer") ?? ""} onCancel={() => setExporting(false)} onExport={(r) => void doExport(r)} />}
    </main>
  );
}

function fileSafe(s: string): string {
  return s.replace(/[\\/:*?"<>|]+/gu, " ").replace(/\s+/gu, " ").trim().slice(0, 80) || "draft";
}
