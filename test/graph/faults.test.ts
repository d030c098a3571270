/**
 * Nothing lost, nothing duplicated: 200 routing operations with 30% of requests failing (429 with
 * Retry-After, 503, timeouts, dropped connections, and a closed laptop), every user delivering
 * with two deliverers on one store, end with every review, decision, report and mail present
 * exactly once and no entry parked as failed.
 */
import { runFaultScenario } from "../helpers/fault-run";
import { startWorld, type World } from "../helpers/graph-world";

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world.close());

test("200 operations under 30% injected faults arrive exactly once", async () => {
  const r = await runFaultScenario(world);
  expect(r.ops).toBe(200);
  expect(r.lost).toBe(0);
  expect(r.duplicated).toBe(0);
  expect(r.failed).toBe(0);
  for (const kind of ["throttle", "unavailable", "slow", "drop"]) expect(r.injected[kind]).toBeGreaterThan(5);
  // Throttled requests waited what Retry-After said (7 s; the test's sleep is instant).
  expect(world.sleeps.filter((ms) => ms === 7000).length).toBeGreaterThan(0);
}, 120000);
