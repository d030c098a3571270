/**
 * The approval workflow over the register: send a draft for approval, load what the user has
 * to decide and what they submitted (with derived status), decide and check the register holds
 * the decision, and remind overdue approvers. All writes go through the outbox.
 */
import type { Person } from "./directory";
import type { GraphSession } from "./session";
import { httpsUrl } from "./safe-url";
import { COMMENT_MAX, NOTE_MAX, TEXT_MAX } from "./schema/lists";
import { odataString } from "./lists-api";
import { reviewFingerprint } from "./workflow/fingerprint";
import { decisionFromItem, reviewFromItem, type Assignment, type Decision, type FindingSummary, type PersonRef, type Review } from "./workflow/model";
import { decisionMail, escalationMail, mailLang, reminderMail, reviewRequestMail } from "./workflow/mail-texts";
import { planSteps } from "./workflow/plan";
import { addWorkingDays, personRef, planAssignments } from "./workflow/routing";
import { deriveStatus, type IgnoredReason, type ReviewStatus, type StepStatus } from "./workflow/status";
import type { NewEntry } from "./outbox/outbox";

export interface SubmitInput {
  readonly title: string;
  readonly documentTitle: string;
  /** An https link to the draft (SharePoint, OneDrive), or empty. */
  readonly documentUrl: string;
  readonly sha256: string;
  readonly summary: FindingSummary;
  /** Unit ids (rules/units.yml) the draft affects, as the lawyer confirmed them. */
  readonly units: readonly string[];
  readonly money: boolean;
  /** Link to the review in Adal for the mails; gets ?review=<key>. */
  readonly appUrl: string;
}

export class ApprovalError extends Error {
  constructor(
    readonly code: "comment-required" | "comment-too-long" | "not-your-step" | "own-draft" | "no-manager" | "closed" | "bad-link" | "too-long",
    message: string,
  ) {
    super(message);
    this.name = "ApprovalError";
  }
}

export interface ApprovalTask {
  readonly status: ReviewStatus;
  readonly step: StepStatus;
}

export interface ApprovalsView {
  readonly me: Person;
  /** Reviews the user submitted, newest first. */
  readonly submitted: readonly ReviewStatus[];
  /** Steps waiting for the user's decision. */
  readonly toDecide: readonly ApprovalTask[];
  /** Decisions the register holds that do not count (forged, self-approvals, …), for the log. */
  readonly ignored: number;
}

/** What the register says after a decision was written (never "recorded" from the pane's wish alone). */
export type DecisionCheck =
  | { readonly outcome: "recorded"; readonly status: ReviewStatus }
  | { readonly outcome: "queued" }
  | { readonly outcome: "failed"; readonly reason: string }
  | { readonly outcome: "not-counted"; readonly reason: IgnoredReason | "missing"; readonly status: ReviewStatus | null };

const reviewLink = (appUrl: string, key: string) => (appUrl ? `${appUrl}${appUrl.includes("?") ? "&" : "?"}review=${encodeURIComponent(key)}` : "");
const wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** The summary as stored: findings are dropped from the end (and counted) until it fits the note column. */
export function fitSummary(summary: FindingSummary): string {
  let findings = summary.findings;
  for (;;) {
    const text = JSON.stringify({ ...summary, findings, omitted: summary.omitted + summary.findings.length - findings.length });
    if (text.length <= NOTE_MAX || findings.length === 0) return text;
    findings = findings.slice(0, Math.floor(findings.length * 0.9));
  }
}

export class Approvals {
  constructor(private readonly s: GraphSession) {}

  private today(): string {
    return this.s.now().toISOString().slice(0, 10);
  }

  /** Routes the draft; returns its key at once (delivery continues in the outbox). */
  async submit(input: SubmitInput): Promise<{ key: string; assignments: readonly Assignment[] }> {
    const documentUrl = httpsUrl(input.documentUrl);
    if (input.documentUrl.trim() && !documentUrl) throw new ApprovalError("bad-link", "The link to the draft must be an https address");
    if (documentUrl.length > TEXT_MAX) throw new ApprovalError("too-long", `The link to the draft is longer than ${TEXT_MAX} characters`);
    const me = await this.s.directory.me();
    const dir = this.s.directory;
    const due = addWorkingDays(this.s.now(), this.s.config.reviewDays);
    const assignments = await planAssignments({ units: input.units, money: input.money, author: personRef(me), due }, { headOf: async (u) => personRef(await dir.headOf(u)), manager: async (id) => ((await dir.manager(id)) ?? null) });
    const key = crypto.randomUUID();
    const link = reviewLink(input.appUrl, key);
    const entries: NewEntry[] = [
      {
        key,
        label: { what: "review", title: input.title },
        op: {
          kind: "create-item",
          list: "reviews",
          fields: { Title: input.title.slice(0, TEXT_MAX), AuthorUpn: me.upn, DocumentTitle: input.documentTitle.slice(0, TEXT_MAX), DocumentUrl: documentUrl, DocumentSha256: input.sha256, Summary: fitSummary(input.summary), Assignments: JSON.stringify(assignments), DueDate: `${due}T18:00:00Z`, Reminders: "{}", Withdrawn: false },
        },
      },
    ];
    for (const a of assignments) {
      const approver = await dir.user(a.approver.upn);
      const m = reviewRequestMail(mailLang(approver.preferredLanguage), { title: input.title, link, documentUrl }, me.displayName, a.due, input.summary.total);
      entries.push({ label: { what: "notification", title: input.title }, op: { kind: "send-mail", mail: { to: [approver.mail], ...m } } });
    }
    await this.s.outbox.enqueue(me.upn, entries);
    return { key, assignments };
  }

  /** Reads the register once and derives every status the user needs. */
  async load(): Promise<ApprovalsView> {
    const me = await this.s.directory.me();
    const [reviewItems, decisionItems] = await Promise.all([this.s.lists.query("reviews"), this.s.lists.query("decisions")]);
    const statuses = await this.derive(reviewItems.map(reviewFromItem).filter((r) => r.key), decisionItems.map(decisionFromItem).filter((d): d is Decision => d !== null));
    const submitted = statuses.filter((s) => s.review.author.id === me.id).sort((a, b) => b.review.created.localeCompare(a.review.created));
    const toDecide = statuses.filter((s) => s.state === "pending" || s.state === "changed").flatMap((status) => status.steps.filter((step) => step.state === "pending" && step.approver?.id === me.id && status.review.author.id !== me.id).map((step) => ({ status, step })));
    // What deciding needs from the directory is looked up now, so a decision can be queued with the network gone.
    await Promise.allSettled([this.s.directory.manager(me.id), ...toDecide.map((t) => this.s.directory.user(t.status.review.author.id))]);
    return { me, submitted, toDecide, ignored: statuses.reduce((n, s) => n + s.ignored.length, 0) };
  }

  /** One review's status, read fresh from the register (null when the register has no such review). */
  async loadReview(key: string): Promise<ReviewStatus | null> {
    const reviews = (await this.s.lists.query("reviews", `fields/ClientRequestId eq ${odataString(key)}`)).map(reviewFromItem).filter((r) => r.key === key);
    const review = reviews[0];
    if (!review) return null;
    const decisionItems = await this.s.lists.query("decisions", `fields/ReviewKey eq ${odataString(key)} or fields/ReviewItemId eq ${odataString(review.itemId)}`);
    return (await this.derive([review], decisionItems.map(decisionFromItem).filter((d): d is Decision => d !== null)))[0] ?? null;
  }

  private async derive(reviews: readonly Review[], decisions: readonly Decision[]): Promise<ReviewStatus[]> {
    const directory = this.s.directory;
    // Managers of everyone who recused (their step escalates) and of authors (skipped if reached).
    const ids = new Set<string>([...decisions.filter((d) => d.decision === "Recused").map((d) => d.by.id), ...reviews.map((r) => r.author.id)]);
    const managers = new Map<string, PersonRef | null>();
    await Promise.all(
      [...ids].map(async (id) => {
        const m = await directory.manager(id);
        managers.set(id, m ? personRef(m) : null);
        // One level more, for the case the manager is the author.
        if (m && !managers.has(m.id)) {
          const mm = await directory.manager(m.id);
          managers.set(m.id, mm ? personRef(mm) : null);
        }
      }),
    );
    const heads = await directory.headMap();
    const planDir = { heads, user: async (upn: string) => personRef(await directory.user(upn)), manager: async (id: string) => ((await directory.manager(id)) ?? null) };
    const today = this.today();
    return Promise.all(
      reviews.map(async (r) => {
        const [fingerprint, plan] = await Promise.all([reviewFingerprint(r), planSteps(r, decisions, planDir, this.s.config.reviewDays)]);
        return deriveStatus(r, fingerprint, plan, decisions, { managerOf: (id) => managers.get(id), today });
      }),
    );
  }

  /** Queues the decision; returns its key, for {@link confirmDecision}. */
  async decide(status: ReviewStatus, stepId: string, decision: "Approved" | "Rejected" | "Recused", comment: string, appUrl: string): Promise<{ key: string }> {
    const me = await this.s.directory.me();
    const review = status.review;
    const step = status.steps.find((s) => s.assignment.id === stepId);
    const reason = comment.trim();
    if (review.author.id === me.id) throw new ApprovalError("own-draft", "Nobody approves their own draft");
    if (status.state !== "pending" && status.state !== "changed") throw new ApprovalError("closed", "The review is closed");
    if (!step || step.state !== "pending" || step.approver?.id !== me.id) throw new ApprovalError("not-your-step", "This step is not waiting for your decision");
    if ((decision === "Rejected" || decision === "Recused") && !reason) throw new ApprovalError("comment-required", decision === "Recused" ? "A recusal needs the conflict of interest stated" : "A rejection needs a reason");
    if (reason.length > COMMENT_MAX) throw new ApprovalError("comment-too-long", `The comment is longer than ${COMMENT_MAX} characters`);
    let manager: Person | null = null;
    if (decision === "Recused") {
      manager = await this.s.directory.manager(me.id);
      while (manager && manager.id === review.author.id) manager = await this.s.directory.manager(manager.id);
      if (!manager) throw new ApprovalError("no-manager", "There is nobody above you to pass the decision to");
    }
    const key = crypto.randomUUID();
    const mailInput = { title: review.title, link: reviewLink(appUrl, review.key), documentUrl: review.documentUrl };
    const author = await this.s.directory.user(review.author.id);
    const entries: NewEntry[] = [
      {
        key,
        label: { what: "decision", title: review.title },
        op: { kind: "create-item", list: "decisions", fields: { Title: `${decision}: ${review.title}`.slice(0, TEXT_MAX), ReviewKey: review.key, ReviewItemId: review.itemId, AssignmentId: stepId, ReviewFingerprint: status.fingerprint, Decision: decision, Comment: reason, ConflictOfInterest: decision === "Recused", EscalateToUpn: manager?.upn ?? "" } },
      },
      { label: { what: "notification", title: review.title }, op: { kind: "send-mail", mail: { to: [author.mail], ...decisionMail(mailLang(author.preferredLanguage), mailInput, me.displayName, decision, reason) } } },
    ];
    if (manager) entries.push({ label: { what: "notification", title: review.title }, op: { kind: "send-mail", mail: { to: [manager.mail], ...escalationMail(mailLang(manager.preferredLanguage), mailInput, me.displayName, reason) } } });
    await this.s.outbox.enqueue(me.upn, entries);
    return { key };
  }

  /**
   * Whether the register holds the decision and it counts: waits up to `waitMs` for the outbox to
   * deliver it, then reads the review and its decisions back and derives the status again.
   */
  async confirmDecision(key: string, reviewKey: string, waitMs = 8000): Promise<DecisionCheck> {
    const delivered = await Promise.race([this.s.outbox.delivered(key).then(() => true), wait(waitMs).then(() => false)]);
    if (!delivered) {
      const entry = (await this.s.outbox.entries()).find((e) => e.key === key);
      if (entry?.state === "failed") return { outcome: "failed", reason: entry.lastError ?? "" };
      if (entry) return { outcome: "queued" };
    }
    const status = await this.loadReview(reviewKey);
    if (status?.steps.some((s) => s.events.some((e) => e.decision.key === key))) return { outcome: "recorded", status };
    return { outcome: "not-counted", reason: status?.ignored.find((i) => i.decision.key === key)?.reason ?? "missing", status };
  }

  /** For the author's overdue steps: one reminder per approver and day. Returns how many were queued. */
  async remindOverdue(submitted: readonly ReviewStatus[], appUrl: string): Promise<number> {
    const me = await this.s.directory.me();
    const today = this.today();
    const entries: NewEntry[] = [];
    for (const s of submitted) {
      if ((s.state !== "pending" && s.state !== "changed") || s.review.author.id !== me.id) continue;
      for (const step of s.steps) {
        if (!step.overdue || step.state !== "pending" || !step.approver || (s.review.reminders[step.assignment.id] ?? "") >= today) continue;
        const approver = await this.s.directory.user(step.approver.upn || step.approver.id);
        const mail = { to: [approver.mail], ...reminderMail(mailLang(approver.preferredLanguage), { title: s.review.title, link: reviewLink(appUrl, s.review.key), documentUrl: s.review.documentUrl }, step.assignment.due) };
        entries.push({ label: { what: "reminder", title: s.review.title }, op: { kind: "remind", reviewItemId: s.review.itemId, assignmentId: step.assignment.id, date: today, mail } });
      }
    }
    if (entries.length > 0) await this.s.outbox.enqueue(me.upn, entries);
    return entries.length;
  }
}
