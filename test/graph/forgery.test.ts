/**
 * Nothing forged counts: decisions by someone who is not the approver, self-approvals, edits of
 * another's decision, reading another's report, and forged tokens are refused by the register
 * or ignored by the status derivation. And the author cannot steer their own approval (issue 12,
 * items 1–3): each attack is made twice, through the real Graph client and as a plain HTTP
 * write with the author's own token (what Graph Explorer or a script could do), because in a
 * real tenant the author may write their own list item directly.
 */
import { createHmac } from "node:crypto";
import { APP_URL, demoUpn, startWorld, SUMMARY, type Actor, type World } from "../helpers/graph-world";
import type { ReportRequest } from "../../src/office/outlook/mail-host";
import type { GiftVerdict } from "../../src/engine/gifts/detector";

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world.close());

const sitePath = (list: string) => `/sites/${encodeURIComponent(world.emulator.store.site.id)}/lists/${encodeURIComponent(list)}/items`;
const submitInput = (title: string, units: string[], extra: Partial<{ documentUrl: string; sha256: string }> = {}) => ({ title, documentTitle: title, documentUrl: "", sha256: "", summary: SUMMARY, units, money: false, appUrl: APP_URL, ...extra });

async function routed(author: Actor, title: string, units: string[], extra: Partial<{ documentUrl: string; sha256: string }> = {}) {
  const { key } = await author.approvals.submit(submitInput(title, units, extra));
  await author.session.outbox.kick();
  return key;
}

async function statusOf(actor: Actor, key: string) {
  return (await actor.approvals.load()).submitted.find((s) => s.review.key === key)!;
}

/** A write the way a script or Graph Explorer would make it: plain HTTP with the user's own token. */
async function raw(actor: Actor, method: string, path: string, body?: unknown): Promise<Response> {
  return world.fetch(`${world.baseUrl}v1.0${path}`, { method, headers: { Authorization: `Bearer ${world.emulator.tokenFor(actor.upn)}`, "Content-Type": "application/json" }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
}

/** The same write through the real Graph client of the actor's session. */
async function viaClient(actor: Actor, method: "post" | "patch" | "delete", path: string, body?: unknown): Promise<void> {
  const request = actor.session.client.api(path);
  await (method === "delete" ? request.delete() : request[method](body));
}

type Writer = (actor: Actor, method: "post" | "patch" | "delete", path: string, body?: unknown) => Promise<number>;
const WRITERS: [string, Writer][] = [
  ["through the Graph client", async (a, m, p, b) => viaClient(a, m, p, b).then(() => 200, (e: { statusCode?: number }) => e.statusCode ?? 0)],
  ["as a raw HTTP write", async (a, m, p, b) => (await raw(a, m.toUpperCase(), p, b)).status],
];

const itemId = (list: string, key: string) => world.emulator.store.findList(list)!.items.find((i) => i.fields.ClientRequestId === key)!.id;

/** Decides through the pane's code path; returns the id of the decision item it created. */
async function decideAs(who: string, key: string, decision: "Approved" | "Rejected" | "Recused", comment = ""): Promise<string> {
  const head = world.actor(who);
  const task = (await head.approvals.load()).toDecide.find((t) => t.status.review.key === key);
  if (!task) throw new Error(`${who} has nothing to decide on ${key}`);
  const items = world.emulator.store.findList("Adal Decisions")!.items;
  const before = new Set(items.map((i) => i.id));
  await head.approvals.decide(task.status, task.step.assignment.id, decision, comment, APP_URL);
  await head.session.outbox.kick();
  return items.find((i) => !before.has(i.id))!.id;
}

test("a decision created by someone who is not the assigned approver is ignored", async () => {
  const lawyer = world.actor("lawyer");
  const key = await routed(lawyer, "Forgery 1", ["hr"]);
  // An IT engineer writes an approval straight into the Decisions list with Graph Explorer-style calls.
  const engineer = world.actor("engineer");
  await engineer.session.client.api(sitePath("Adal Decisions")).post({ fields: { Title: "x", ReviewKey: key, AssignmentId: "hr", Decision: "Approved", Comment: "", ConflictOfInterest: false, EscalateToUpn: "", ClientRequestId: "forged-1" } });
  const s = await statusOf(lawyer, key);
  expect(s.steps.find((x) => x.assignment.unit === "hr")?.state).toBe("pending");
  expect(s.ignored.map((i) => i.reason)).toEqual(["not-assigned"]);
  // Claiming the head's name in the fields does not help: createdBy comes from the token.
  const item = world.emulator.store.findList("Adal Decisions")!.items.find((i) => i.fields.ClientRequestId === "forged-1")!;
  expect(world.emulator.store.users.get(item.createdBy)?.userPrincipalName).toBe(demoUpn("engineer"));
});

test("self-approval is refused by the pane and ignored in the register", async () => {
  const head = world.actor("hr.head");
  const key = await routed(head, "Forgery 2", ["hr"]);
  const view = await head.approvals.load();
  expect(view.toDecide.some((t) => t.status.review.key === key)).toBe(false);
  const mine = view.submitted.find((s) => s.review.key === key)!;
  await expect(head.approvals.decide(mine, "hr", "Approved", "", APP_URL)).rejects.toMatchObject({ code: "own-draft" });
  await head.session.client.api(sitePath("Adal Decisions")).post({ fields: { Title: "x", ReviewKey: key, AssignmentId: "hr", Decision: "Approved", ClientRequestId: "forged-2", ReviewFingerprint: mine.fingerprint } });
  const s = await statusOf(head, key);
  expect(s.steps.find((x) => x.assignment.unit === "hr")?.approver?.upn).toBe(demoUpn("deputy"));
  expect(s.state).toBe("pending");
  expect(s.ignored.map((i) => i.reason)).toEqual(["self-approval"]);
});

test("an author who names their own approver does not get to choose: the unit's head decides", async () => {
  const lawyer = world.actor("lawyer");
  const me = await lawyer.session.directory.me();
  const crony = await lawyer.session.directory.user(demoUpn("engineer"));
  await lawyer.session.client.api(sitePath("Adal Reviews")).post({
    fields: { Title: "Forgery 3", AuthorUpn: me.upn, Assignments: JSON.stringify([{ id: "hr", unit: "hr", role: "head", approver: { id: crony.id, upn: crony.upn, displayName: crony.displayName }, due: "2099-01-01" }]), ClientRequestId: "forged-review" },
  });
  const engineer = world.actor("engineer");
  expect((await engineer.approvals.load()).toDecide.some((t) => t.status.review.key === "forged-review")).toBe(false);
  await engineer.session.client.api(sitePath("Adal Decisions")).post({ fields: { Title: "x", ReviewKey: "forged-review", AssignmentId: "hr", Decision: "Approved", ClientRequestId: "forged-3" } });
  const s = await statusOf(lawyer, "forged-review");
  expect(s.state).toBe("pending");
  expect(s.steps.find((x) => x.assignment.unit === "hr")?.approver?.upn).toBe(demoUpn("hr.head"));
  expect((await world.actor("hr.head").approvals.load()).toDecide.some((t) => t.status.review.key === "forged-review")).toBe(true);
});

describe.each(WRITERS)("attack 1, the author chooses the approvers (%s)", (how, write) => {
  test("a unit the Departments list does not know has no approver at all, and the crony's approval counts for nothing", async () => {
    const lawyer = world.actor("lawyer");
    const crony = await lawyer.session.directory.user(demoUpn("engineer"));
    const key = `attack1-unknown-${how}`;
    // "Legal" spelled differently: the Departments list has "legal".
    const assignments = [{ id: "Legal ", unit: "Legal ", role: "legal", approver: { id: crony.id, upn: crony.upn, displayName: crony.displayName }, due: "2099-01-01" }];
    expect(await write(lawyer, "post", sitePath("Adal Reviews"), { fields: { Title: key, AuthorUpn: lawyer.upn, Assignments: JSON.stringify(assignments), ClientRequestId: key } })).toBeLessThan(300);
    const engineer = world.actor("engineer");
    await engineer.session.client.api(sitePath("Adal Decisions")).post({ fields: { Title: "x", ReviewKey: key, AssignmentId: "Legal ", Decision: "Approved", ClientRequestId: `${key}-d` } });
    const s = await statusOf(lawyer, key);
    expect(s.state).not.toBe("approved");
    expect(s.steps.find((x) => x.assignment.unit === "Legal ")).toMatchObject({ state: "unroutable", approver: null });
    // The legal expertise is required whatever the item says, and waits for the real legal head.
    expect(s.steps.find((x) => x.assignment.unit === "legal")).toMatchObject({ state: "pending", approver: { upn: demoUpn("legal.head") } });
    expect(s.ignored.map((i) => i.reason)).toEqual(["not-assigned"]);
    // Even after the legal head approves, the unknown unit keeps the draft from passing.
    await decideAs("legal.head", key, "Approved");
    expect((await statusOf(lawyer, key)).state).toBe("pending");
  });

  test("leaving out the legal expertise or finance does not make them optional", async () => {
    const lawyer = world.actor("lawyer");
    const hrHead = await lawyer.session.directory.user(demoUpn("hr.head"));
    const key = `attack1-missing-${how}`;
    const money = { ...SUMMARY, findings: [...SUMMARY.findings, { ruleId: "money/no-discretionary-payment", factor: "selective_rights", severity: "high" as const, clauses: ["A1.3.6"], excerpt: "по решению директора", lang: "ru" as const, paragraph: 9 }] };
    const assignments = [{ id: "hr", unit: "hr", role: "head", approver: { id: hrHead.id, upn: hrHead.upn, displayName: hrHead.displayName }, due: "2099-01-01" }];
    expect(await write(lawyer, "post", sitePath("Adal Reviews"), { fields: { Title: key, AuthorUpn: lawyer.upn, Summary: JSON.stringify(money), Assignments: JSON.stringify(assignments), ClientRequestId: key } })).toBeLessThan(300);
    await decideAs("hr.head", key, "Approved");
    const s = await statusOf(lawyer, key);
    expect(s.state).toBe("pending");
    expect(s.steps.map((x) => [x.assignment.unit, x.state]).sort()).toEqual([["accounting", "pending"], ["hr", "approved"], ["legal", "pending"]]);
  });
});

describe.each(WRITERS)("attack 2, undoing a rejection by editing the review (%s)", (how, write) => {
  test("dropping the rejecting step from the assignments: still required, the review says it changed after a decision", async () => {
    const lawyer = world.actor("lawyer");
    const key = await routed(lawyer, `Attack 2 ${how}`, ["hr"]);
    await decideAs("hr.head", key, "Approved");
    await decideAs("legal.head", key, "Rejected", "Open list of documents (A1.3.3)");
    expect((await statusOf(lawyer, key)).state).toBe("rejected");
    const item = world.emulator.store.findList("Adal Reviews")!.items.find((i) => i.fields.ClientRequestId === key)!;
    const onlyHr = (JSON.parse(String(item.fields.Assignments)) as { unit: string }[]).filter((a) => a.unit !== "legal");
    expect(await write(lawyer, "patch", `${sitePath("Adal Reviews")}/${item.id}/fields`, { Assignments: JSON.stringify(onlyHr) })).toBe(200);
    const s = await statusOf(lawyer, key);
    expect(s.state).toBe("changed");
    const legal = s.steps.find((x) => x.assignment.unit === "legal")!;
    expect(legal.state).toBe("pending");
    expect(legal.earlier.map((e) => e.decision.decision)).toEqual(["Rejected"]);
    // Everyone is asked again, the legal head included; the rejection is not forgotten.
    expect((await world.actor("legal.head").approvals.load()).toDecide.find((t) => t.status.review.key === key)?.status.state).toBe("changed");
    expect((await world.actor("hr.head").approvals.load()).toDecide.some((t) => t.status.review.key === key)).toBe(true);
  });

  test("dropping the unit whose head rejected keeps that unit's step", async () => {
    const lawyer = world.actor("lawyer");
    const key = await routed(lawyer, `Attack 2b ${how}`, ["hr", "it"]);
    await decideAs("it.head", key, "Rejected", "Камеры закупаются без конкурса");
    const item = world.emulator.store.findList("Adal Reviews")!.items.find((i) => i.fields.ClientRequestId === key)!;
    const withoutIt = (JSON.parse(String(item.fields.Assignments)) as { unit: string }[]).filter((a) => a.unit !== "it");
    expect(await write(lawyer, "patch", `${sitePath("Adal Reviews")}/${item.id}/fields`, { Assignments: JSON.stringify(withoutIt) })).toBe(200);
    for (const who of ["hr.head", "legal.head"]) await decideAs(who, key, "Approved");
    const s = await statusOf(lawyer, key);
    expect(s.state).toBe("changed");
    expect(s.steps.find((x) => x.assignment.unit === "it")).toMatchObject({ state: "pending", approver: { upn: demoUpn("it.head") } });
  });

  test("changing the review's key does not shake the rejection off", async () => {
    const lawyer = world.actor("lawyer");
    const key = await routed(lawyer, `Attack 2d ${how}`, ["hr"]);
    await decideAs("hr.head", key, "Approved");
    await decideAs("legal.head", key, "Rejected", "Шешім мерзімі жоқ");
    const id = itemId("Adal Reviews", key);
    expect(await write(lawyer, "patch", `${sitePath("Adal Reviews")}/${id}/fields`, { ClientRequestId: `${key}-fresh` })).toBe(200);
    const s = await statusOf(lawyer, `${key}-fresh`);
    expect(s.state).toBe("changed");
    expect(s.steps.find((x) => x.assignment.unit === "legal")?.earlier.map((e) => e.decision.decision)).toEqual(["Rejected"]);
  });

  test("deleting the rejected review is refused (no Delete Items for members)", async () => {
    const lawyer = world.actor("lawyer");
    const key = await routed(lawyer, `Attack 2c ${how}`, ["hr"]);
    await decideAs("legal.head", key, "Rejected", "Нет сроков (A1.3.6)");
    expect(await write(lawyer, "delete", `${sitePath("Adal Reviews")}/${itemId("Adal Reviews", key)}`)).toBe(403);
    expect((await statusOf(lawyer, key)).state).toBe("rejected");
  });
});

describe.each(WRITERS)("attack 3, swapping what was approved (%s)", (how, write) => {
  test("changing title, link, hash or summary after approval asks everyone again; restoring them restores the approval", async () => {
    const lawyer = world.actor("lawyer");
    const original = { documentUrl: "https://adal.test/sites/adal/Drafts/gifts.docx", sha256: "ab".repeat(32) };
    const key = await routed(lawyer, `Attack 3 ${how}`, ["hr"], original);
    for (const who of ["hr.head", "legal.head"]) await decideAs(who, key, "Approved");
    expect((await statusOf(lawyer, key)).state).toBe("approved");
    const id = itemId("Adal Reviews", key);
    const before = { ...world.emulator.store.findList("Adal Reviews")!.items.find((i) => i.id === id)!.fields };
    const swaps: Record<string, unknown>[] = [
      { Title: "Another draft" },
      { DocumentUrl: "https://adal.test/sites/adal/Drafts/other.docx" },
      { DocumentSha256: "cd".repeat(32) },
      { Summary: JSON.stringify({ ...SUMMARY, total: 0, high: 0, medium: 0, findings: [] }) },
    ];
    for (const swap of swaps) {
      expect(await write(lawyer, "patch", `${sitePath("Adal Reviews")}/${id}/fields`, swap)).toBe(200);
      const s = await statusOf(lawyer, key);
      expect({ swap, state: s.state }).toEqual({ swap, state: "changed" });
      expect(s.steps.every((x) => x.state === "pending" && x.earlier.length === 1)).toBe(true);
      // The approvers see it again in "To decide", marked as changed.
      expect((await world.actor("hr.head").approvals.load()).toDecide.find((t) => t.status.review.key === key)?.status.state).toBe("changed");
      const back = Object.fromEntries(Object.keys(swap).map((k) => [k, before[k]]));
      expect(await write(lawyer, "patch", `${sitePath("Adal Reviews")}/${id}/fields`, back)).toBe(200);
      expect((await statusOf(lawyer, key)).state).toBe("approved");
    }
  });

  test("an approver cannot move their decision to another review: the register refuses the edit, and an edited decision would not count", async () => {
    const lawyer = world.actor("lawyer");
    const first = await routed(lawyer, `Attack 3b ${how} 1`, ["hr"]);
    const second = await routed(lawyer, `Attack 3b ${how} 2`, ["hr"]);
    const id = await decideAs("hr.head", first, "Approved");
    const hr = world.actor("hr.head");
    const move = { ReviewKey: second, ReviewItemId: itemId("Adal Reviews", second) };
    expect(await write(hr, "patch", `${sitePath("Adal Decisions")}/${id}/fields`, move)).toBe(403);
    // Where an administrator left Edit Items on (the decisions list not append-only), the edit goes through but counts nowhere.
    const decisions = world.emulator.store.findList("Adal Decisions")!;
    decisions.appendOnly = false;
    try {
      expect(await write(hr, "patch", `${sitePath("Adal Decisions")}/${id}/fields`, move)).toBe(200);
    } finally {
      decisions.appendOnly = true;
    }
    const s1 = await statusOf(lawyer, first);
    const s2 = await statusOf(lawyer, second);
    expect(s1.steps.find((x) => x.assignment.unit === "hr")?.state).toBe("pending");
    expect(s2.steps.find((x) => x.assignment.unit === "hr")?.state).toBe("pending");
    expect(s2.ignored.map((i) => i.reason)).toEqual(["edited"]);
  });

  test("a decision carrying another version's fingerprint is history, not approval", async () => {
    const lawyer = world.actor("lawyer");
    const key = await routed(lawyer, `Attack 3c ${how}`, ["hr"]);
    const hr = world.actor("hr.head");
    expect(await write(hr, "post", sitePath("Adal Decisions"), { fields: { Title: "x", ReviewKey: key, AssignmentId: "hr", Decision: "Approved", ReviewFingerprint: "0".repeat(64), ClientRequestId: `${key}-stale` } })).toBeLessThan(300);
    const s = await statusOf(lawyer, key);
    expect(s.steps.find((x) => x.assignment.unit === "hr")).toMatchObject({ state: "pending" });
    expect(s.state).toBe("changed");
  });
});

test("an approver cannot edit another approver's decision, nor their own (decisions are append-only)", async () => {
  const lawyer = world.actor("lawyer");
  const key = await routed(lawyer, "Forgery 4", ["hr"]);
  const legal = world.actor("legal.head");
  const task = (await legal.approvals.load()).toDecide.find((t) => t.status.review.key === key)!;
  await legal.approvals.decide(task.status, "legal", "Rejected", "Open list of documents (A1.3.3)", APP_URL);
  await legal.session.outbox.kick();
  const decision = (await legal.session.lists.query("decisions", `fields/ReviewKey eq '${key}'`))[0]!;
  const hr = world.actor("hr.head");
  await expect(hr.session.lists.updateFields("decisions", decision.id, decision.eTag, { Decision: "Approved", Comment: "" })).rejects.toMatchObject({ statusCode: 403 });
  await expect(legal.session.lists.updateFields("decisions", decision.id, decision.eTag, { Comment: "Open list of documents (A1.3.3), see 2.4" })).rejects.toMatchObject({ statusCode: 403 });
  expect((await statusOf(lawyer, key)).state).toBe("rejected");
});

const verdict: GiftVerdict = { risk: "high", conditions: ["influence"], procurement: true, clauses: ["P4.1.2", "P4.1.3"], evidence: [], bodyText: "", truncated: false } as unknown as GiftVerdict;
const report = (note: string): ReportRequest => ({ recipient: "security", note, verdict, item: { id: "m1", subject: "Тендер бойынша сыйлық", from: "Сатушы <sales@sergek-tech.kz>", body: "…", bodyType: "text", mode: "read" } });

test("a report is readable by its reporter and the security unit only; the recipient gets the mail with the .eml", async () => {
  const operator = world.actor("operator");
  const receipt = await operator.reports.send(report("Offered a phone"), Buffer.from("From: x\r\n\r\nhello").toString("base64"));
  await operator.session.outbox.kick();
  const mine = await operator.session.lists.findByRequestId("reports", receipt.id);
  expect(mine?.fields.Note).toBe("Offered a phone");
  const other = world.actor("buyer");
  expect(await other.session.lists.findByRequestId("reports", receipt.id)).toBeNull();
  await expect(other.session.lists.get("reports", mine!.id)).rejects.toMatchObject({ statusCode: 404 });
  expect((await other.session.lists.query("reports")).length).toBe(0);
  const officer = world.actor("security.officer");
  expect((await officer.session.lists.findByRequestId("reports", receipt.id))?.fields.Note).toBe("Offered a phone");
  const [mail] = world.mailsOf(operator);
  expect(mail!.toRecipients.map((r) => r.emailAddress.address)).toEqual([demoUpn("security.head")]);
  expect(mail!.attachments.map((a) => [a.name, a.contentType])).toEqual([["original.eml", "message/rfc822"]]);
});

test("a report to the direct manager goes to the manager from the directory", async () => {
  const buyer = world.actor("buyer");
  const receipt = await buyer.reports.send({ ...report(""), recipient: "manager" }, null);
  await buyer.session.outbox.kick();
  const [mail] = world.mailsOf(buyer);
  expect(mail!.toRecipients[0]?.emailAddress.address).toBe(demoUpn("procurement.head"));
  expect(mail!.attachments).toHaveLength(0);
  // The manager is told by mail but cannot open the register item (only reporter and security can).
  const manager = world.actor("procurement.head");
  expect(await manager.session.lists.findByRequestId("reports", receipt.id)).toBeNull();
});

test("a request with a forged or missing token is refused", async () => {
  const url = `${world.baseUrl}v1.0/me`;
  expect((await world.fetch(url)).status).toBe(401);
  const token = world.emulator.tokenFor(demoUpn("engineer"));
  const [, payload] = token.split(".");
  const claims = JSON.parse(Buffer.from(payload!, "base64url").toString("utf8"));
  const forgedPayload = Buffer.from(JSON.stringify({ ...claims, oid: world.emulator.store.findUser(demoUpn("director"))!.id })).toString("base64url");
  const forged = `emu.${forgedPayload}.${createHmac("sha256", "guess").update(forgedPayload).digest("base64url")}`;
  expect((await world.fetch(url, { headers: { Authorization: `Bearer ${forged}` } })).status).toBe(401);
  expect(((await (await world.fetch(url, { headers: { Authorization: `Bearer ${token}` } })).json()) as { userPrincipalName: string }).userPrincipalName).toBe(demoUpn("engineer"));
});

test("a body that is not JSON is refused with Graph's 400, not half-read", async () => {
  const token = world.emulator.tokenFor(demoUpn("engineer"));
  const r = await world.fetch(`${world.baseUrl}v1.0/${sitePath("Adal Decisions").slice(1)}`, { method: "POST", headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" }, body: "{fields:" });
  expect(r.status).toBe(400);
  expect(((await r.json()) as { error: { code: string } }).error.code).toBe("BadRequest");
});
