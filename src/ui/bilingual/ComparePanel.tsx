/**
 * "Compare with the other language version": the reviewer picks the draft's other official
 * version (a .docx, or a text file); the pane aligns the two item by item, lists every
 * discrepancy with both wordings side by side (A1.3.6), highlights them in this document, and
 * shows the alignment itself so the reviewer can see what was compared with what. In Word the
 * picked version can also be opened next to the draft (through the host, which owns Office.js).
 */
import { Badge, Button, Card, makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens } from "@fluentui/react-components";
import { ArrowSyncRegular, DocumentArrowRightRegular, TextQuoteRegular } from "@fluentui/react-icons";
import { useRef, useState } from "react";
import type { Engine, Finding, Severity } from "../../engine";
import type { DocumentHost } from "../../office/host";
import { useLocale } from "../i18n/context";
import type { MessageKey } from "../i18n";
import type { OtherVersion, PaneComparison } from "./run-compare";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  list: { listStyle: "none", padding: 0, margin: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  sides: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
  side: { backgroundColor: tokens.colorNeutralBackground2, padding: tokens.spacingHorizontalXS, borderRadius: tokens.borderRadiusSmall, minWidth: 0, overflowWrap: "anywhere" },
  label: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200, "& td": { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: "2px 4px", verticalAlign: "top" } },
  differs: { backgroundColor: tokens.colorPaletteYellowBackground1 },
  muted: { color: tokens.colorNeutralForeground2 },
});

const BADGE: Readonly<Record<Severity, "danger" | "warning" | "informative">> = { high: "danger", medium: "warning", low: "informative" };

/** The last comparison, for the expertise conclusion's section on the other version. */
export interface Compared {
  readonly comparison: PaneComparison["comparison"];
  readonly book: PaneComparison["book"];
  readonly otherTitle: string;
}

export interface ComparePanelProps {
  readonly host: DocumentHost;
  readonly engine: Engine;
  readonly onCompared?: (c: Compared | undefined) => void;
  /** Opens the picked version next to the draft (Word); absent where the host cannot. */
  readonly showDocument?: (bytes: Uint8Array, name: string) => Promise<void>;
}

type Phase =
  | { readonly kind: "idle" }
  | { readonly kind: "comparing"; readonly name: string }
  | { readonly kind: "ready"; readonly other: OtherVersion; readonly bytes: Uint8Array; readonly result: PaneComparison; readonly current: readonly string[] }
  | { readonly kind: "error"; readonly message: string };

export function ComparePanel(props: ComparePanelProps) {
  const s = useStyles();
  const { t, locale } = useLocale();
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const input = useRef<HTMLInputElement>(null);

  const compare = async (name: string, bytes: Uint8Array) => {
    setPhase({ kind: "comparing", name });
    props.onCompared?.(undefined);
    try {
      const run = await import(/* webpackChunkName: "bilingual" */ "./run-compare");
      const current = await props.host.read();
      if (current.paragraphs.every((p) => p.text.trim() === "")) {
        setPhase({ kind: "error", message: t("bi.noDocument") });
        return;
      }
      const other = run.readOther(name, bytes);
      const result = run.compareWith(props.engine, current, other, locale);
      // Highlighted in this document like any finding (Clear highlights removes them too).
      await props.host.mark(result.findings, { comments: false, commentText: (f) => f.message });
      setPhase({ kind: "ready", other, bytes, result, current: current.paragraphs.map((p) => p.text) });
      props.onCompared?.({ comparison: result.comparison, book: result.book, otherTitle: other.doc.title || name });
    } catch (e) {
      setPhase({ kind: "error", message: t("bi.failed", { name, reason: (e as Error).message }) });
    }
  };

  const select = (f: Finding) => void props.host.select(f).catch(() => undefined);

  return (
    <section className={s.root} aria-labelledby="bi-heading" data-testid="bilingual">
      <h2 id="bi-heading" className={s.heading}>
        {t("bi.heading")}
      </h2>
      <div>
        <Button icon={<ArrowSyncRegular />} onClick={() => input.current?.click()} disabled={phase.kind === "comparing"}>
          {t("bi.compare")}
        </Button>
        <input
          ref={input}
          type="file"
          accept=".docx,.docm,.txt,.md"
          hidden
          aria-hidden
          data-testid="compare-input"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = "";
            if (file) void file.arrayBuffer().then((b) => compare(file.name, new Uint8Array(b)));
          }}
        />
      </div>
      <div aria-live="polite" role="status">
        {phase.kind === "comparing" && <Spinner size="tiny" label={t("bi.comparing", { name: phase.name })} />}
        {phase.kind === "ready" && <Summary phase={phase} />}
      </div>
      {phase.kind === "error" && (
        <MessageBar intent="error">
          <MessageBarBody>{phase.message}</MessageBarBody>
        </MessageBar>
      )}
      {phase.kind === "ready" && (
        <>
          {phase.result.comparison.langs[0] === phase.result.comparison.langs[1] && (
            <MessageBar intent="warning">
              <MessageBarBody>{t("bi.sameLanguage")}</MessageBarBody>
            </MessageBar>
          )}
          {props.showDocument && (
            <div>
              <Button size="small" icon={<DocumentArrowRightRegular />} onClick={() => void props.showDocument?.(phase.bytes, phase.other.name)}>
                {t("bi.openOther")}
              </Button>
            </div>
          )}
          <ul className={s.list}>
            {phase.result.comparison.discrepancies.map((d, i) => {
              const f = phase.result.findings[i] as Finding;
              const [mine, theirs] = d.sides;
              const where = (side: typeof mine) => `${t(`languageName.${side.lang}` as MessageKey)} · ${t("paragraphRef", { n: side.paragraph + 1 })}${side.label ? ` (${side.label})` : ""}`;
              return (
                <li key={`${d.row}-${d.kind}-${i}`}>
                  <Card size="small" role="article" data-kind={d.kind} aria-labelledby={`bi-${i}`}>
                    <div>
                      <Badge appearance="filled" color={BADGE[d.severity]}>
                        {t(`severity.${d.severity}` as MessageKey)}
                      </Badge>{" "}
                      <Text id={`bi-${i}`} weight="semibold">
                        {phase.result.book.kinds[d.kind].name[locale]}
                      </Text>{" "}
                      <Text size={200}>A1.3.6</Text>
                    </div>
                    <div className={s.sides}>
                      <div className={s.side}>
                        <Text size={200} className={s.label} block>
                          {t("bi.thisVersion")}: {where(mine)}
                        </Text>
                        <Button appearance="transparent" icon={<TextQuoteRegular />} onClick={() => select(f)} aria-label={`${t("showInDocument")}: ${mine.excerpt}`}>
                          «{short(mine.excerpt)}»
                        </Button>
                      </div>
                      <div className={s.side}>
                        <Text size={200} className={s.label} block>
                          {t("bi.otherVersion")}: {where(theirs)}
                        </Text>
                        <Text>«{short(theirs.excerpt)}»</Text>
                      </div>
                    </div>
                    <Text>{d.message}</Text>
                    <Text>
                      <span className={s.label}>{t("whatToDo")}: </span>
                      {d.recommendation}
                    </Text>
                  </Card>
                </li>
              );
            })}
          </ul>
          <Alignment phase={phase} />
        </>
      )}
    </section>
  );
}

function short(s: string): string {
  const x = s.replace(/\s+/gu, " ").trim();
  return x.length > 240 ? `${x.slice(0, 239)}…` : x;
}

function Summary(props: { phase: Extract<Phase, { kind: "ready" }> }) {
  const { t } = useLocale();
  const c = props.phase.result.comparison;
  return (
    <Text size={200}>
      {t("bi.coverage", { name: props.phase.other.name, aligned: c.coverage.aligned[0], items: c.coverage.items[0], otherAligned: c.coverage.aligned[1], otherItems: c.coverage.items[1] })}{" "}
      {c.discrepancies.length === 0 ? t("bi.none") : t("bi.count", { count: c.discrepancies.length })}
    </Text>
  );
}

/** Row by row, what was compared with what: the reviewer's check on the alignment. */
function Alignment(props: { phase: Extract<Phase, { kind: "ready" }> }) {
  const s = useStyles();
  const { t } = useLocale();
  const { comparison } = props.phase.result;
  const differs = new Set(comparison.discrepancies.map((d) => d.row));
  const other = props.phase.other.doc.paragraphs;
  const cell = (texts: readonly string[], paras: readonly number[]) =>
    paras.length === 0 ? <span className={s.muted}>{t("bi.unmatched")}</span> : paras.map((p) => short(texts[p] ?? "").slice(0, 90)).join(" ⏎ ");
  return (
    <details>
      <summary>{t("bi.alignment", { count: comparison.rows.length })}</summary>
      <table className={s.table}>
        <tbody>
          {comparison.rows.map((r, i) => (
            <tr key={i} className={differs.has(i) ? s.differs : undefined} data-row={i}>
              <td>{cell(props.phase.current, r.paragraphs[0])}</td>
              <td>{cell(other.map((p) => p.text), r.paragraphs[1])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
