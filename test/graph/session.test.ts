/**
 * The Graph session follows the signed-in account (issue 14, item 1): switching user gives a new
 * session whose "me" is the new user, the previous user's session can no longer get a token,
 * and what the previous user queued waits for them instead of going out under the new user.
 */
import { EmulatorAuth } from "../../src/emulator/emulator-auth";
import { emulatorConfig } from "../../src/emulator/emulator-config";
import { AccountSessions } from "../../src/graph/account-sessions";
import { classifyFailure } from "../../src/graph/errors";
import { MemoryOutboxStore } from "../../src/graph/outbox/types";
import { APP_URL, demoUpn, startWorld, SUMMARY, type World } from "../helpers/graph-world";

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world.close());

test("switching user switches the session; the previous one gets no token and its queued write waits for its user", async () => {
  const lawyer = world.actor("lawyer");
  const { key } = await lawyer.approvals.submit({ title: "Session switch", documentTitle: "d", documentUrl: "", sha256: "", summary: SUMMARY, units: ["hr", "it"], money: false, appUrl: APP_URL });
  await lawyer.session.outbox.kick();

  const auth = new EmulatorAuth(world.emulator).as(demoUpn("hr.head"));
  const store = new MemoryOutboxStore();
  const sessions = new AccountSessions({ config: emulatorConfig(world.baseUrl), auth, store, fetch: world.fetch, outbox: { pollMs: 20 } });
  const hr = sessions.current();
  const hrView = await hr.approvals.load();
  expect(hrView.me.upn).toBe(demoUpn("hr.head"));
  const task = hrView.toDecide.find((t) => t.status.review.key === key)!;
  // The HR head decides with the network gone, then hands the computer to the IT head.
  hr.session.outbox.stop();
  world.emulator.faults.set({ rate: 1, kinds: ["unavailable"], retryAfterSeconds: 0, seed: 5 });
  await hr.approvals.decide(task.status, "hr", "Approved", "", APP_URL);
  auth.as(demoUpn("it.head"));
  world.emulator.faults.set({ rate: 0 });

  const it = sessions.current();
  expect(it).not.toBe(hr);
  const itView = await it.approvals.load();
  expect(itView.me.upn).toBe(demoUpn("it.head"));
  expect(itView.toDecide.map((t) => [t.status.review.key, t.step.assignment.unit])).toContainEqual([key, "it"]);
  const refused = await hr.session.client.api("/me").get().then(() => null, (e: unknown) => e);
  expect(refused).toMatchObject({ code: "AccountChangedError" });
  expect(classifyFailure(refused).kind).toBe("unauthorized");
  await it.session.outbox.kick();
  // The HR head's decision did not go out under the IT head's name: it waits for the HR head.
  expect(world.emulator.store.findList("Adal Decisions")!.items.filter((i) => i.fields.ReviewKey === key)).toHaveLength(0);
  expect((await store.all()).map((e) => e.user)).toEqual([demoUpn("hr.head"), demoUpn("hr.head")]);
  auth.as(demoUpn("hr.head"));
  expect(sessions.current()).toBe(hr);
  await hr.session.outbox.kick();
  const decisions = world.emulator.store.findList("Adal Decisions")!.items.filter((i) => i.fields.ReviewKey === key);
  expect(decisions.map((d) => world.emulator.store.users.get(d.createdBy)?.userPrincipalName)).toEqual([demoUpn("hr.head")]);
});
