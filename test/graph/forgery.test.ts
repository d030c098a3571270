/**
 * Nothing forged counts: decisions by someone who is not the approver, self-approvals, edits of
 * another's decision, reading another's report, an author naming their own approver, and forged
 * tokens are refused by the register or ignored by the status derivation.
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
const submitInput = (title: string, units: string[]) => ({ title, documentTitle: title, documentUrl: "", sha256: "", summary: SUMMARY, units, money: false, appUrl: APP_URL });

async function routed(author: Actor, title: string, units: string[]) {
  const { key } = await author.approvals.submit(submitInput(title, units));
  await author.session.outbox.kick();
  return key;
}

async function statusOf(actor: Actor, key: string) {
  return (await actor.approvals.load()).submitted.find((s) => s.review.key === key)!;
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
  await head.session.client.api(sitePath("Adal Decisions")).post({ fields: { Title: "x", ReviewKey: key, AssignmentId: "hr", Decision: "Approved", ClientRequestId: "forged-2" } });
  const s = await statusOf(head, key);
  expect(s.steps.find((x) => x.assignment.unit === "hr")?.approver.upn).toBe(demoUpn("deputy"));
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
  expect(s.steps[0]?.approver.upn).toBe(demoUpn("hr.head"));
  expect((await world.actor("hr.head").approvals.load()).toDecide.some((t) => t.status.review.key === "forged-review")).toBe(true);
});

test("an approver cannot edit another approver's decision (write only own items)", async () => {
  const lawyer = world.actor("lawyer");
  const key = await routed(lawyer, "Forgery 4", ["hr"]);
  const legal = world.actor("legal.head");
  const task = (await legal.approvals.load()).toDecide.find((t) => t.status.review.key === key)!;
  await legal.approvals.decide(task.status, "legal", "Rejected", "Open list of documents (A1.3.3)", APP_URL);
  await legal.session.outbox.kick();
  const decision = (await legal.session.lists.query("decisions", `fields/ReviewKey eq '${key}'`))[0]!;
  const hr = world.actor("hr.head");
  await expect(hr.session.lists.updateFields("decisions", decision.id, decision.eTag, { Decision: "Approved", Comment: "" })).rejects.toMatchObject({ statusCode: 403 });
  // Its author can, but only against the version they read (If-Match).
  await legal.session.lists.updateFields("decisions", decision.id, decision.eTag, { Comment: "Open list of documents (A1.3.3), see 2.4" });
  await expect(legal.session.lists.updateFields("decisions", decision.id, decision.eTag, { Comment: "stale" })).rejects.toMatchObject({ statusCode: 412 });
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
  const mail = world.emulator.store.sent.find((m) => m.singleValueExtendedProperties.some((p) => p.value === `${receipt.id}:mail`))!;
  expect(mail.toRecipients.map((r) => r.emailAddress.address)).toEqual([demoUpn("security.head")]);
  expect(mail.attachments.map((a) => [a.name, a.contentType])).toEqual([["original.eml", "message/rfc822"]]);
});

test("a report to the direct manager goes to the manager from the directory", async () => {
  const buyer = world.actor("buyer");
  const receipt = await buyer.reports.send({ ...report(""), recipient: "manager" }, null);
  await buyer.session.outbox.kick();
  const mail = world.emulator.store.sent.find((m) => m.singleValueExtendedProperties.some((p) => p.value === `${receipt.id}:mail`))!;
  expect(mail.toRecipients[0]?.emailAddress.address).toBe(demoUpn("procurement.head"));
  expect(mail.attachments).toHaveLength(0);
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
