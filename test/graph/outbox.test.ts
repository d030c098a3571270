/**
 * The outbox shared by several deliverers (issue 12, items 4–6): one deliverer at a time through
 * an expiring lease; when two run the same entries anyway, each item and mail still arrives once
 * and nothing delivered comes back as failed; a user action's entries are stored together; a
 * mail's key is random and a planted message carrying it suppresses nothing.
 */
import { KEY_PROPERTY } from "../../src/graph/mail-api";
import { Outbox } from "../../src/graph/outbox/outbox";
import { MemoryOutboxStore, type OutboxEntry, type OutboxStore } from "../../src/graph/outbox/types";
import type { RetryPolicy } from "../../src/graph/reads";
import { APP_URL, demoUpn, startWorld, SUMMARY, type World } from "../helpers/graph-world";

const instant: RetryPolicy = { attempts: 3, baseDelayMs: 1, maxDelayMs: 1, sleep: async () => undefined };
const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("delivery lease", () => {
  test("two deliverers on one store never run entries at the same time, and run each once", async () => {
    const store = new MemoryOutboxStore();
    let inFlight = 0;
    let most = 0;
    const runs = new Map<string, number>();
    const execute = async (e: OutboxEntry) => {
      inFlight++;
      most = Math.max(most, inFlight);
      runs.set(e.key, (runs.get(e.key) ?? 0) + 1);
      await tick(5);
      inFlight--;
    };
    const deliverer = () => new Outbox({ store, execute, currentUser: () => "u@adal.test", retry: instant, pollMs: 5 });
    const [a, b] = [deliverer(), deliverer()];
    const keys = await a.enqueue("u@adal.test", Array.from({ length: 12 }, (_, i) => ({ label: { what: "notification" as const, title: `n${i}` }, op: { kind: "send-mail" as const, mail: { to: ["x@adal.test"], subject: "s", html: "" } } })));
    await Promise.all([a.kick(), b.kick()]);
    expect(most).toBe(1);
    expect(keys.map((k) => runs.get(k))).toEqual(keys.map(() => 1));
    expect(await store.all()).toEqual([]);
  });

  test("the lease is free, expired or the holder's own; releasing lets the next one in", async () => {
    const store = new MemoryOutboxStore();
    expect(await store.lease("a", 1000, 0)).toBe(true);
    expect(await store.lease("b", 1000, 999)).toBe(false);
    expect(await store.lease("a", 1000, 999)).toBe(true);
    expect(await store.lease("b", 1000, 1999)).toBe(true);
    await store.release("a");
    expect(await store.lease("a", 1000, 2000)).toBe(false);
    await store.release("b");
    expect(await store.lease("a", 1000, 2000)).toBe(true);
  });

  test("a user action's entries are stored together, numbered after what is there, keeping existing keys", async () => {
    const store = new MemoryOutboxStore();
    const base = { user: "u", label: { what: "review" as const, title: "t" }, op: { kind: "send-mail" as const, mail: { to: [], subject: "", html: "" } }, enqueuedAt: "", attempts: 0, state: "pending" as const };
    await store.add([{ ...base, key: "a" }]);
    const made = await store.add([{ ...base, key: "b" }, { ...base, key: "a", attempts: 9 }]);
    expect(made.map((e) => [e.key, e.seq, e.attempts])).toEqual([
      ["b", 2, 0],
      ["a", 1, 0],
    ]);
    expect(await store.update("gone", (e) => e)).toBeNull();
  });
});

describe("through Graph", () => {
  let world: World;
  beforeAll(async () => {
    world = await startWorld();
  });
  afterAll(() => world.close());

  test("two deliverers running the same entries at once (no lease) still create and send each exactly once", async () => {
    const memory = new MemoryOutboxStore();
    // A store that lets everyone deliver at once, as two tabs without coordination would.
    const free: OutboxStore = new Proxy(memory, { get: (target, p) => (p === "lease" ? async () => true : (target as unknown as Record<string | symbol, unknown>)[p] instanceof Function ? ((target as unknown as Record<string | symbol, (...a: unknown[]) => unknown>)[p] as (...a: unknown[]) => unknown).bind(target) : (target as unknown as Record<string | symbol, unknown>)[p]) });
    const one = world.actor("lawyer2", { store: free });
    const two = world.actor("lawyer2", { store: free });
    one.session.outbox.stop();
    world.emulator.faults.set({ rate: 0.3, kinds: ["throttle", "unavailable", "slow", "drop"], retryAfterSeconds: 1, slowMs: 300, seed: 12 });
    const keys: string[] = [];
    for (let i = 0; i < 4; i++) keys.push((await one.approvals.submit({ title: `Twice ${i}`, documentTitle: "d", documentUrl: "", sha256: "", summary: SUMMARY, units: ["hr"], money: false, appUrl: APP_URL })).key);
    await Promise.all([one.session.outbox.kick(), two.session.outbox.kick()]);
    world.emulator.faults.set({ rate: 0 });
    const reviews = world.emulator.store.findList("Adal Reviews")!.items.filter((i) => keys.includes(String(i.fields.ClientRequestId)));
    expect(reviews).toHaveLength(4);
    const mailKeys = one.enqueued.filter((e) => e.op.kind === "send-mail").map((e) => e.key);
    expect(mailKeys).toHaveLength(8);
    expect(mailKeys.map((k) => world.sentWith(k).length)).toEqual(mailKeys.map(() => 1));
    // Nothing delivered by one of them came back as failed through the other.
    expect(await memory.all()).toEqual([]);
    // A spare draft of the race is deleted when the race is seen; one created by a request that timed out
    // on the client but reached the server after the other deliverer finished can stay behind (a limit of
    // running two deliverers without the lease, README). Whatever stays is never sent: a later run sends
    // nothing again.
    await Promise.all([one.session.outbox.kick(), two.session.outbox.kick()]);
    expect(mailKeys.map((k) => world.sentWith(k).length)).toEqual(mailKeys.map(() => 1));
  }, 60000);

  test("mail keys are random per entry, and a planted message with a key suppresses nothing", async () => {
    const lawyer = world.actor("lawyer");
    await lawyer.approvals.submit({ title: "Warm-up", documentTitle: "d", documentUrl: "", sha256: "", summary: SUMMARY, units: ["hr"], money: false, appUrl: APP_URL });
    await lawyer.session.outbox.kick();
    // Offline for a moment: the next draft waits in the outbox.
    await lawyer.auth.signOut();
    const { key } = await lawyer.approvals.submit({ title: "Planted", documentTitle: "d", documentUrl: "", sha256: "", summary: SUMMARY, units: ["hr"], money: false, appUrl: APP_URL });
    const mails = lawyer.enqueued.filter((e) => e.op.kind === "send-mail" && e.label.title === "Planted");
    expect(mails).toHaveLength(2);
    for (const m of mails) expect(m.key).not.toContain(key);
    // Someone who read the review key in the register, or even learnt the entries' own keys, mails the lawyer tagged with them.
    const engineer = world.actor("engineer");
    for (const planted of [`${key}:request:hr`, `${key}:request:legal`, ...mails.map((m) => m.key)]) {
      await engineer.session.client.api("/me/sendMail").post({ message: { subject: "x", body: { contentType: "text", content: "x" }, toRecipients: [{ emailAddress: { address: demoUpn("lawyer") } }], singleValueExtendedProperties: [{ id: KEY_PROPERTY, value: planted }] } });
    }
    lawyer.auth.as(demoUpn("lawyer"));
    await lawyer.session.outbox.kick();
    const requests = world.mailsOf(lawyer, (e) => e.label.title === "Planted");
    expect(requests.map((m) => m.toRecipients[0]?.emailAddress.address).sort()).toEqual([demoUpn("hr.head"), demoUpn("legal.head")]);
    const hrHead = world.emulator.store.findUser(demoUpn("hr.head"))!;
    expect(world.emulator.store.messages.filter((m) => m.ownerId === hrHead.id && m.folder === "inbox" && /Planted/u.test(m.subject))).toHaveLength(1);
  });
});
