/**
 * The approval flow end to end through the real Graph client and the https emulator: a draft
 * affecting three units is routed; two heads approve, one recuses for a conflict of interest
 * and their manager approves; the author sees "approved" with the timeline. A rejection needs
 * a reason; overdue steps remind their approver once a day.
 */
import { ApprovalError } from "../../src/graph/approvals";
import { APP_URL, demoUpn, startWorld, SUMMARY, type World } from "../helpers/graph-world";

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world.close());

const submitInput = (title: string, units: string[], money = false) => ({ title, documentTitle: `${title}.docx`, documentUrl: "https://adal.test/sites/adal/Drafts/x.docx", sha256: "ab".repeat(32), summary: SUMMARY, units, money, appUrl: APP_URL });

test("route to three units, approve, recuse and escalate, author sees approved with the timeline", async () => {
  const lawyer = world.actor("lawyer");
  const { key, assignments } = await lawyer.approvals.submit(submitInput("Сыйлықтар туралы ереже", ["hr", "procurement", "it"]));
  await lawyer.session.outbox.kick();
  // hr, procurement, it + legal expertise (P4.7.1)
  expect(assignments.map((a) => a.unit).sort()).toEqual(["hr", "it", "legal", "procurement"]);
  expect(assignments.find((a) => a.unit === "legal")?.approver.upn).toBe(demoUpn("legal.head"));
  const sent = world.mailsOf(lawyer);
  expect(sent.map((m) => m.toRecipients[0]?.emailAddress.address).sort()).toEqual([demoUpn("hr.head"), demoUpn("it.head"), demoUpn("legal.head"), demoUpn("procurement.head")].sort());
  // The mail is in the approver's language (hr head: Kazakh) and links to the review.
  const hrMail = sent.find((m) => m.toRecipients[0]?.emailAddress.address === demoUpn("hr.head"));
  expect(hrMail?.subject).toMatch(/^Келісуге: /u);
  expect(hrMail?.body.content).toContain(`review=${key}`);

  for (const [who, decision] of [["hr.head", "Approved"], ["procurement.head", "Approved"], ["legal.head", "Approved"]] as const) {
    const head = world.actor(who);
    const view = await head.approvals.load();
    const task = view.toDecide.find((t) => t.status.review.key === key);
    expect(task).toBeDefined();
    await head.approvals.decide(task!.status, task!.step.assignment.id, decision, "", APP_URL);
    await head.session.outbox.kick();
  }
  const it = world.actor("it.head");
  const itTask = (await it.approvals.load()).toDecide.find((t) => t.status.review.key === key)!;
  await it.approvals.decide(itTask.status, "it", "Recused", "My brother supplies the cameras", APP_URL);
  await it.session.outbox.kick();
  expect((await it.approvals.load()).toDecide.some((t) => t.status.review.key === key)).toBe(false);

  const deputy = world.actor("deputy");
  const escalated = (await deputy.approvals.load()).toDecide.find((t) => t.status.review.key === key);
  expect(escalated?.step.assignment.unit).toBe("it");
  expect(world.emulator.store.sent.some((m) => m.toRecipients[0]?.emailAddress.address === demoUpn("deputy") && /Conflict of interest|Мүдделер|Конфликт/u.test(m.subject))).toBe(true);
  await deputy.approvals.decide(escalated!.status, "it", "Approved", "", APP_URL);
  await deputy.session.outbox.kick();

  const mine = (await lawyer.approvals.load()).submitted.find((s) => s.review.key === key)!;
  expect(mine.state).toBe("approved");
  const itStep = mine.steps.find((s) => s.assignment.unit === "it")!;
  expect(itStep.events.map((e) => [e.approver.upn, e.decision.decision])).toEqual([
    [demoUpn("it.head"), "Recused"],
    [demoUpn("deputy"), "Approved"],
  ]);
  expect(itStep.events[0]?.decision.comment).toBe("My brother supplies the cameras");
  expect(mine.ignored).toEqual([]);
  // The author was told of every decision.
  expect(world.emulator.store.sent.filter((m) => m.toRecipients[0]?.emailAddress.address === demoUpn("lawyer")).length).toBe(5);
});

test("a rejection needs a reason and then rejects the review; money brings in finance", async () => {
  const lawyer = world.actor("lawyer2");
  const { key, assignments } = await lawyer.approvals.submit(submitInput("Премирование", ["hr"], true));
  await lawyer.session.outbox.kick();
  expect(assignments.map((a) => a.unit).sort()).toEqual(["accounting", "hr", "legal"]);
  const head = world.actor("accounting.head");
  const task = (await head.approvals.load()).toDecide.find((t) => t.status.review.key === key)!;
  await expect(head.approvals.decide(task.status, task.step.assignment.id, "Rejected", "   ", APP_URL)).rejects.toMatchObject({ code: "comment-required" });
  await head.approvals.decide(task.status, task.step.assignment.id, "Rejected", "Размер премии не ограничен (A1.3.6)", APP_URL);
  await head.session.outbox.kick();
  const status = (await lawyer.approvals.load()).submitted.find((s) => s.review.key === key)!;
  expect(status.state).toBe("rejected");
  expect(status.steps.find((s) => s.assignment.unit === "accounting")?.events[0]?.decision.comment).toContain("A1.3.6");
});

test("a head who writes a draft for their own unit is replaced by their manager", async () => {
  const head = world.actor("legal.head");
  const { assignments } = await head.approvals.submit(submitInput("Заң бөлімі туралы ереже", ["legal"]));
  expect(assignments).toHaveLength(1);
  expect(assignments[0]?.approver.upn).toBe(demoUpn("deputy"));
  expect(assignments[0]?.substituteFor?.upn).toBe(demoUpn("legal.head"));
  await expect(head.approvals.decide({ review: { author: { id: "x" } }, steps: [], state: "pending", ignored: [] } as never, "legal", "Approved", "", APP_URL)).rejects.toBeInstanceOf(ApprovalError);
});

test("overdue steps remind their approver once a day; the stamp merges with If-Match", async () => {
  const later = new Date(Date.now() + 30 * 24 * 3600 * 1000);
  const lawyer = world.actor("lawyer");
  const { key } = await lawyer.approvals.submit(submitInput("Overdue draft", ["operations"]));
  await lawyer.session.outbox.kick();
  const future = world.actor("lawyer", { now: () => later });
  const view = await future.approvals.load();
  const status = view.submitted.find((s) => s.review.key === key)!;
  expect(status.steps.every((s) => s.overdue)).toBe(true);
  expect(await future.approvals.remindOverdue(view.submitted.filter((s) => s.review.key === key), APP_URL)).toBe(2);
  await future.session.outbox.kick();
  const again = await future.approvals.load();
  expect(await future.approvals.remindOverdue(again.submitted.filter((s) => s.review.key === key), APP_URL)).toBe(0);
  const reminders = world.mailsOf(future, (e) => e.op.kind === "remind");
  expect(reminders).toHaveLength(2);
  const item = [...world.emulator.store.findList("Adal Reviews")!.items].find((i) => i.fields.ClientRequestId === key)!;
  expect(Object.keys(JSON.parse(String(item.fields.Reminders)))).toHaveLength(2);
});
