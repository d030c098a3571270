/** Provisioning against an empty site on the emulator: lists, columns, item-level security; a second run changes nothing. */
import { provision } from "../../src/graph/provision";
import { LISTS } from "../../src/graph/schema/lists";
import { startWorld, type World } from "../helpers/graph-world";

let world: World;
beforeAll(async () => {
  world = await startWorld({ lists: false });
});
afterAll(() => world.close());

test("creates the register idempotently and only a site owner may", async () => {
  const admin = world.actor("security.head");
  const token = world.emulator.tokenFor(admin.upn);
  const sharePoint = (url: string, init: RequestInit) => world.fetch(url, { ...init, headers: { ...(init.headers as Record<string, string>), Authorization: `Bearer ${token}` } });
  const lines: string[] = [];
  const first = await provision({ client: admin.session.client, config: admin.session.config, sharePoint, log: (l) => lines.push(l) });
  expect(first.createdLists.sort()).toEqual(Object.values(LISTS).map((l) => l.displayName).sort());
  const reports = world.emulator.store.findList("Adal Reports")!;
  expect([reports.readSecurity, reports.writeSecurity]).toEqual([2, 2]);
  expect(reports.columns.find((c) => c.name === "ClientRequestId")).toMatchObject({ indexed: true, unique: true });
  expect(world.emulator.store.findList("Adal Decisions")!.writeSecurity).toBe(2);

  // A column added to the spec later is added on the next run; nothing else changes.
  const decisions = world.emulator.store.findList("Adal Decisions")!;
  decisions.columns.splice(decisions.columns.findIndex((c) => c.name === "EscalateToUpn"), 1);
  const second = await provision({ client: admin.session.client, config: admin.session.config, sharePoint, log: () => undefined });
  expect(second).toMatchObject({ createdLists: [], addedColumns: ["Adal Decisions.EscalateToUpn"], securityChanged: [] });
  const third = await provision({ client: admin.session.client, config: admin.session.config, sharePoint, log: () => undefined });
  expect(third).toMatchObject({ createdLists: [], addedColumns: [], securityChanged: [] });
  expect(third.manual.length).toBeGreaterThan(0);
  // What Graph cannot set and the register's integrity needs: decisions append-only, reviews not deletable.
  expect(third.manual.some((m) => m.startsWith("Adal Decisions:") && m.includes("without Edit Items, Delete Items"))).toBe(true);
  expect(third.manual.some((m) => m.startsWith("Adal Reviews:") && m.includes("without Delete Items"))).toBe(true);

  const employee = world.actor("operator");
  world.emulator.store.lists.delete(world.emulator.store.findList("Adal Suppliers")!.id);
  await expect(provision({ client: employee.session.client, config: employee.session.config, sharePoint, log: () => undefined })).rejects.toMatchObject({ statusCode: 403 });
});
