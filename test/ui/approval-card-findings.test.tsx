/**
 * Issue #14 item 4: the approval card lists every finding of the draft, grouped by Annex 1 part 3
 * bullet, not the first five. The findings go from the Word pane (summarize) through the
 * register (fitSummary, read back by reviewFromItem) to the card (ReviewFindings); only when the
 * summary would not fit SharePoint's column are findings left out, and the card then says how
 * many. Rendered with react-dom/server.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { FluentProvider, SSRProvider, webLightTheme } from "@fluentui/react-components";
import { renderToString } from "react-dom/server";
import { createEngine, type Finding, type Lang } from "../../src/engine";
import { fitSummary } from "../../src/graph/approvals";
import { NOTE_MAX } from "../../src/graph/schema/lists";
import { reviewFromItem, type FindingSummary } from "../../src/graph/workflow/model";
import { DEFAULT_RULEBOOK } from "../../src/rulebook/default";
import { ReviewFindings } from "../../src/ui/approvals/ReviewFindings";
import { summarize } from "../../src/ui/approvals/summary-findings";
import { LocaleProvider } from "../../src/ui/i18n/context";

const engine = createEngine(DEFAULT_RULEBOOK);
const ROOT = path.join(__dirname, "..", "..");

/** The Kazakh sample draft, checked as the Word pane checks it. */
function sampleFindings(): readonly Finding[] {
  const text = readFileSync(path.join(ROOT, "assets", "samples", "satyp-alu.kk.txt"), "utf8");
  return engine.analyze(text.split(/\r?\n/u)).findings;
}

/** The summary as the approver's pane reads it back from the Reviews list. */
function throughRegister(summary: FindingSummary): { stored: string; summary: FindingSummary } {
  const stored = fitSummary(summary);
  const item = { id: "1", eTag: '"1"', createdDateTime: "2026-12-04T10:00:00Z", createdBy: { id: "u", displayName: "Author" }, fields: { ClientRequestId: "k", Title: "T", Summary: stored } };
  return { stored, summary: reviewFromItem(item).summary };
}

function card(summary: FindingSummary, locale: Lang): string {
  const html = renderToString(
    <SSRProvider>
      <FluentProvider theme={webLightTheme}>
        <LocaleProvider locale={locale} setLocale={() => undefined}>
          <ReviewFindings summary={summary} id="r" />
        </LocaleProvider>
      </FluentProvider>
    </SSRProvider>,
  );
  return html.replace(/<!-- -->/gu, "");
}

const items = (html: string) => [...html.matchAll(/<li [^>]*data-rule="([^"]+)"/gu)].map((m) => m[1]);
/** The "(n)" of every bullet heading. */
const groupCounts = (html: string) => [...html.matchAll(/<h4 [^>]*>[^<]*\((\d+)\)<\/h4>/gu)].map((m) => Number(m[1]));

test("the card lists every finding of a draft with more than five, grouped, and says nothing is omitted", () => {
  const findings = sampleFindings();
  expect(findings.length).toBeGreaterThan(5);
  const sent = summarize(findings);
  expect(sent.total).toBe(findings.length);
  expect(sent.findings).toHaveLength(findings.length);
  const { summary } = throughRegister(sent);
  expect(summary.findings).toHaveLength(findings.length);
  expect(summary.omitted).toBe(0);

  for (const locale of ["ru", "en"] as const) {
    const html = card(summary, locale);
    expect(items(html)).toHaveLength(findings.length);
    expect([...items(html)].sort()).toEqual(findings.map((f) => f.ruleId).sort());
    const counts = groupCounts(html);
    expect(counts.length).toBeGreaterThan(1);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(findings.length);
  }
  expect(card(summary, "en")).not.toContain("not listed here");
  expect(card(summary, "ru")).not.toContain("не показан");
});

test("a summary too long for the register keeps what fits, and the card lists all of those and counts the rest", () => {
  const base = sampleFindings();
  // 400 findings with 200-character quotes: far more than SharePoint's column holds.
  const many: Finding[] = Array.from({ length: 400 }, (_, i) => {
    const f = base[i % base.length]!;
    return { ...f, paragraph: i, excerpt: `${f.excerpt} ${"қажет болған жағдайда ".repeat(12)}`.slice(0, 200) };
  });
  const { stored, summary } = throughRegister(summarize(many));
  expect(stored.length).toBeLessThanOrEqual(NOTE_MAX);
  expect(summary.total).toBe(400);
  expect(summary.findings.length).toBeGreaterThan(5);
  expect(summary.omitted).toBeGreaterThan(0);
  expect(summary.findings.length + summary.omitted).toBe(400);

  const en = card(summary, "en");
  expect(items(en)).toHaveLength(summary.findings.length);
  expect(groupCounts(en).reduce((a, b) => a + b, 0)).toBe(summary.findings.length);
  expect(en).toContain(`400 risks found`);
  expect(en).toContain(`${summary.omitted} more findings are not listed here: open the draft to see them.`);
  const ru = card(summary, "ru");
  expect(items(ru)).toHaveLength(summary.findings.length);
  expect(ru).toMatch(new RegExp(`Ещё ${summary.omitted} замечани[яйе] не показан[ыо]?: откройте проект, чтобы увидеть их\\.`, "u"));
});
