/**
 * The approval workflow over the register: send a draft for approval, load what the user has
 * to decide and what they submitted (with derived status), decide, and remind overdue
 * approvers. All writes go through the outbox.
 */
import type { Person } from "./directory";
import type { GraphSession } from "./session";
import { decisionFromItem, reviewFromItem, type Assignment, type Decision, type FindingSummary, type PersonRef, type Review } from "./workflow/model";
import { decisionMail, escalationMail, mailLang, reminderMail, reviewRequestMail } from "./workflow/mail-texts";
import { addWorkingDays, approverFor, planAssignments } from "./workflow/routing";
import { deriveStatus, type ReviewStatus, type StepStatus } from "./workflow/status";
import type { NewEntry } from "./outbox/outbox";

export interface SubmitInput {
  readonly title: string;
  readonly documentTitle: string;
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
    readonly code: "comment-required" | "not-your-step" | "own-draft" | "no-manager" | "closed",
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

const ref = (p: Person | PersonRef): PersonRef => ({ id: p.id, upn: p.upn, displayName: p.displayName });
const reviewLink = (appUrl: string, key: string) => (appUrl ? `${appUrl}${appUrl.includes("?") ? "&" : "?"}review=${encodeURIComponent(key)}` : "");

export class Approvals {
  constructor(private readonly s: GraphSession) {}

  private today(): string {
    return this.s.now().toISOString().slice(0, 10);
  }

  /** Routes the draft; returns its key at once (delivery continues in the outbox). */
  async submit(input: SubmitInput): Promise<{ key: string; assignments: readonly Assignment[] }> {
    const me = await this.s.directory.me();
    const dir = this.s.directory;
    const due = addWorkingDays(this.s.now(), this.s.config.reviewDays);
    const assignments = await planAssignments({ units: input.units, money: input.money, author: ref(me), due }, { headOf: async (u) => ref(await dir.headOf(u)), manager: async (id) => ((await dir.manager(id)) ?? null) });
    const key = crypto.randomUUID();
    const link = reviewLink(input.appUrl, key);
    const entries: NewEntry[] = [
      {
        key,
        label: { what: "review", title: input.title },
        op: {
          kind: "create-item",
          list: "reviews",
          fields: { Title: input.title.slice(0, 255), AuthorUpn: me.upn, DocumentTitle: input.documentTitle.slice(0, 255), DocumentUrl: input.documentUrl.slice(0, 255), DocumentSha256: input.sha256, Summary: JSON.stringify(input.summary), Assignments: JSON.stringify(assignments), DueDate: `${due}T18:00:00Z`, Reminders: "{}", Withdrawn: false },
        },
      },
    ];
    for (const a of assignments) {
      const approver = await dir.user(a.approver.upn);
      const m = reviewRequestMail(mailLang(approver.preferredLanguage), { title: input.title, link, documentUrl: input.documentUrl }, me.displayName, a.due, input.summary.total);
      entries.push({ key: `${key}:request:${a.id}`, label: { what: "notification", title: input.title }, op: { kind: "send-mail", mail: { to: [approver.mail], ...m } } });
    }
    await this.s.outbox.enqueue(me.upn, entries);
    return { key, assignments };
  }

  /** Reads the register once and derives every status the user needs. */
  async load(): Promise<ApprovalsView> {
    const me = await this.s.directory.me();
    const [reviewItems, decisionItems] = await Promise.all([this.s.lists.query("reviews"), this.s.lists.query("decisions")]);
    const reviews = reviewItems.map(reviewFromItem).filter((r) => r.key);
    const decisions = decisionItems.map(decisionFromItem).filter((d): d is Decision => d !== null);
    const statuses = await this.derive(reviews, decisions);
    const submitted = statuses.filter((s) => s.review.author.id === me.id).sort((a, b) => b.review.created.localeCompare(a.review.created));
    const toDecide = statuses.filter((s) => s.state === "pending").flatMap((status) => status.steps.filter((step) => step.state === "pending" && step.approver.id === me.id && status.review.author.id !== me.id).map((step) => ({ status, step })));
    return { me, submitted, toDecide, ignored: statuses.reduce((n, s) => n + s.ignored.length, 0) };
  }

  private async derive(reviews: readonly Review[], decisions: readonly Decision[]): Promise<ReviewStatus[]> {
    // Managers of everyone who recused (their step escalates) and of authors (skipped if reached).
    const ids = new Set<string>([...decisions.filter((d) => d.decision === "Recused").map((d) => d.by.id), ...reviews.map((r) => r.author.id)]);
    const managers = new Map<string, PersonRef | null>();
    await Promise.all(
      [...ids].map(async (id) => {
        const m = await this.s.directory.manager(id);
        managers.set(id, m ? ref(m) : null);
        // One level more, for the case the manager is the author.
        if (m && !managers.has(m.id)) {
          const mm = await this.s.directory.manager(m.id);
          managers.set(m.id, mm ? ref(mm) : null);
        }
      }),
    );
    const today = this.today();
    const checked = await Promise.all(reviews.map((r) => this.withTrustedApprovers(r)));
    return checked.map((r) => deriveStatus(r, decisions, { managerOf: (id) => managers.get(id), today }));
  }

  /**
   * The author writes the review item, so its assignments are only a claim: each step is given
   * to whoever the mapping says heads the unit (their manager when that is the author). A
   * review naming someone else waits for the real head, and the other person's decision is ignored.
   */
  private async withTrustedApprovers(review: Review): Promise<Review> {
    const heads = await this.s.directory.headMap();
    const assignments = await Promise.all(
      review.assignments.map(async (a) => {
        const upn = heads.get(a.unit);
        if (!upn) return a;
        const approver = await approverFor(ref(await this.s.directory.user(upn)), review.author.id, { manager: (id) => this.s.directory.manager(id) });
        if (!approver) return a;
        return approver.id === a.approver.id ? a : { ...a, approver: ref(approver) };
      }),
    );
    return { ...review, assignments };
  }

  async decide(status: ReviewStatus, stepId: string, decision: "Approved" | "Rejected" | "Recused", comment: string, appUrl: string): Promise<void> {
    const me = await this.s.directory.me();
    const review = status.review;
    const step = status.steps.find((s) => s.assignment.id === stepId);
    if (review.author.id === me.id) throw new ApprovalError("own-draft", "Nobody approves their own draft");
    if (!step || step.state !== "pending" || step.approver.id !== me.id) throw new ApprovalError("not-your-step", "This step is not waiting for your decision");
    if (status.state !== "pending") throw new ApprovalError("closed", "The review is closed");
    if (decision === "Rejected" && !comment.trim()) throw new ApprovalError("comment-required", "A rejection needs a reason");
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
        op: { kind: "create-item", list: "decisions", fields: { Title: `${decision}: ${review.title}`.slice(0, 255), ReviewKey: review.key, AssignmentId: stepId, Decision: decision, Comment: comment.trim(), ConflictOfInterest: decision === "Recused", EscalateToUpn: manager?.upn ?? "" } },
      },
      { key: `${key}:author`, label: { what: "notification", title: review.title }, op: { kind: "send-mail", mail: { to: [author.mail], ...decisionMail(mailLang(author.preferredLanguage), mailInput, me.displayName, decision, comment.trim()) } } },
    ];
    if (manager) entries.push({ key: `${key}:escalation`, label: { what: "notification", title: review.title }, op: { kind: "send-mail", mail: { to: [manager.mail], ...escalationMail(mailLang(manager.preferredLanguage), mailInput, me.displayName, comment.trim()) } } });
    await this.s.outbox.enqueue(me.upn, entries);
  }

  /** For the author's overdue steps: one reminder per approver and day. Returns how many were queued. */
  async remindOverdue(submitted: readonly ReviewStatus[], appUrl: string): Promise<number> {
    const me = await this.s.directory.me();
    const today = this.today();
    const entries: NewEntry[] = [];
    for (const s of submitted) {
      if (s.state !== "pending" || s.review.author.id !== me.id) continue;
      for (const step of s.steps) {
        if (!step.overdue || step.state !== "pending" || (s.review.reminders[step.assignment.id] ?? "") >= today) continue;
        const approver = await this.s.directory.user(step.approver.upn || step.approver.id);
        const m = reminderMail(mailLang(approver.preferredLanguage), { title: s.review.title, link: reviewLink(appUrl, s.review.key), documentUrl: s.review.documentUrl }, step.assignment.due);
        entries.push({ key: `${s.review.key}:remind:${step.assignment.id}:${approver.id}:${today}`, label: { what: "reminder", title: s.review.title }, op: { kind: "send-mail", mail: { to: [approver.mail], ...m } } });
        entries.push({ key: `${s.review.key}:remind-stamp:${step.assignment.id}:${today}`, label: { what: "reminder", title: s.review.title }, op: { kind: "remind", reviewItemId: s.review.itemId, assignmentId: step.assignment.id, date: today } });
      }
    }
    if (entries.length > 0) await this.s.outbox.enqueue(me.upn, entries);
    return entries.length / 2;
  }
}
