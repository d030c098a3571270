/**
 * Issue 12, item 14: comments are capped as SharePoint's multiple lines of text column caps
 * them (63,999 characters) and as the panes need (2,000 for a reason or a note); a review's
 * findings are trimmed to fit, with the rest counted; only https links reach the pane and mails.
 */
import { ApprovalError, fitSummary } from "../../src/graph/approvals";
import { ReportError } from "../../src/graph/reports";
import { httpsUrl } from "../../src/graph/safe-url";
import { COMMENT_MAX, NOTE_MAX } from "../../src/graph/schema/lists";
import { decisionMail, escalationMail, reminderMail, reviewRequestMail } from "../../src/graph/workflow/mail-texts";
import { APP_URL, demoUpn, startWorld, SUMMARY, type World } from "../helpers/graph-world";

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world.close());

const sitePath = (list: string) => `/sites/${encodeURIComponent(world.emulator.store.site.id)}/lists/${encodeURIComponent(list)}/items`;

test("a decision's reason and a report's note are capped for the pane", async () => {
  const lawyer = world.actor("lawyer");
  const { key } = await lawyer.approvals.submit({ title: "Caps", documentTitle: "d", documentUrl: "", sha256: "", summary: SUMMARY, units: ["hr"], money: false, appUrl: APP_URL });
  await lawyer.session.outbox.kick();
  const hr = world.actor("hr.head");
  const task = (await hr.approvals.load()).toDecide.find((t) => t.status.review.key === key)!;
  await expect(hr.approvals.decide(task.status, "hr", "Rejected", "x".repeat(COMMENT_MAX + 1), APP_URL)).rejects.toMatchObject({ code: "comment-too-long" });
  await expect(hr.approvals.decide(task.status, "hr", "Recused", "   ", APP_URL)).rejects.toBeInstanceOf(ApprovalError);
  await hr.approvals.decide(task.status, "hr", "Rejected", "y".repeat(COMMENT_MAX), APP_URL);
  const operator = world.actor("operator");
  const request = { recipient: "security" as const, note: "z".repeat(COMMENT_MAX + 1), verdict: { risk: "low", conditions: [], procurement: false } as never, item: { id: "cap", subject: "s", from: "f", body: "", bodyType: "text" as const, mode: "read" as const } };
  await expect(operator.reports.send(request, null)).rejects.toBeInstanceOf(ReportError);
});

test("the register refuses a note longer than SharePoint's multiple lines of text, written past the pane", async () => {
  const r = await world.fetch(`${world.baseUrl}v1.0${sitePath("Adal Decisions")}`, { method: "POST", headers: { Authorization: `Bearer ${world.emulator.tokenFor(demoUpn("engineer"))}`, "Content-Type": "application/json" }, body: JSON.stringify({ fields: { Title: "x", ReviewKey: "k", Comment: "c".repeat(NOTE_MAX + 1) } }) });
  expect(r.status).toBe(400);
  expect(((await r.json()) as { error: { message: string } }).error.message).toContain(`at most ${NOTE_MAX} characters`);
});

test("a review's findings are trimmed to fit the column, and the rest counted", () => {
  const many = { ...SUMMARY, total: 2000, findings: Array.from({ length: 2000 }, (_, i) => ({ ...SUMMARY.findings[i % 3]!, paragraph: i, excerpt: "уважительная причина ".repeat(5) })) };
  const stored = fitSummary(many);
  expect(stored.length).toBeLessThanOrEqual(NOTE_MAX);
  const back = JSON.parse(stored) as { findings: unknown[]; omitted: number };
  expect(back.findings.length + back.omitted).toBe(2000);
  expect(back.omitted).toBeGreaterThan(0);
  expect(fitSummary(SUMMARY)).toBe(JSON.stringify(SUMMARY));
});

test("only https links: javascript:, data:, relative and credentialed links are dropped from mails and refused on submit", async () => {
  for (const bad of ["javascript:alert(document.domain)", "JAVASCRIPT:alert(1)", " javascript:alert(1)", "data:text/html,<script>1</script>", "//evil.example/x", "http://adal.test/x", "https://user:pw@adal.test/x", "vbscript:x"]) {
    expect({ bad, url: httpsUrl(bad) }).toEqual({ bad, url: "" });
    const input = { title: "T", link: "https://localhost:3000/outlook.html?review=k", documentUrl: bad };
    for (const m of [reviewRequestMail("en", input, "A", "2026-12-10", 1), escalationMail("ru", input, "A", "c"), reminderMail("kk", input, "2026-12-10"), decisionMail("en", input, "A", "Approved", "")]) {
      expect(m.html).not.toMatch(/javascript:|vbscript:|data:text|evil\.example|user:pw|http:\/\/adal/iu);
    }
  }
  const good = reviewRequestMail("en", { title: "T", link: "", documentUrl: "https://adal.test/sites/adal/Drafts/d.docx" }, "A", "2026-12-10", 1);
  expect(good.html).toContain('<a href="https://adal.test/sites/adal/Drafts/d.docx">Document</a>');
  const lawyer = world.actor("lawyer");
  await expect(lawyer.approvals.submit({ title: "Link", documentTitle: "d", documentUrl: "javascript:alert(1)", sha256: "", summary: SUMMARY, units: ["hr"], money: false, appUrl: APP_URL })).rejects.toMatchObject({ code: "bad-link" });
});
