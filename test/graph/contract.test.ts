/**
 * Contract: the emulator's response bodies and every request body the product sent during a
 * flow are valid against the official Graph v1.0 schema (../shared/graph/graph-v1.0.csdl.xml),
 * and list `fields` against our own column definitions (fieldValueSet is an open type).
 */
import { existsSync } from "node:fs";
import { SYSTEM_FIELDS } from "../../src/emulator/list-store";
import { columnsOf, columnValueProblem, LISTS } from "../../src/graph/schema/lists";
import { Csdl, CSDL_PATH } from "../helpers/csdl";
import { APP_URL, demoUpn, startWorld, SUMMARY, type World } from "../helpers/graph-world";

let csdl: Csdl;
let world: World;

beforeAll(async () => {
  if (!existsSync(CSDL_PATH)) throw new Error(`${CSDL_PATH} is missing: ../shared must sit beside the repository`);
  csdl = Csdl.load();
  world = await startWorld();
  // A flow that exercises every write the product makes.
  const lawyer = world.actor("lawyer");
  const { key } = await lawyer.approvals.submit({ title: "Contract", documentTitle: "c", documentUrl: "", sha256: "", summary: SUMMARY, units: ["it"], money: true, appUrl: APP_URL });
  await lawyer.session.outbox.kick();
  const head = world.actor("it.head");
  const task = (await head.approvals.load()).toDecide.find((t) => t.status.review.key === key)!;
  await head.approvals.decide(task.status, "it", "Recused", "conflict", APP_URL);
  await head.session.outbox.kick();
  const later = world.actor("lawyer", { now: () => new Date(Date.now() + 40 * 86400000) });
  await later.approvals.remindOverdue((await later.approvals.load()).submitted, APP_URL);
  await later.session.outbox.kick();
  const operator = world.actor("operator");
  await operator.reports.send({ recipient: "security", note: "n", verdict: { risk: "low", conditions: [], procurement: false } as never, item: { id: "1", subject: "s", from: "f", body: "", bodyType: "text", mode: "read" } }, Buffer.from("x").toString("base64"));
  await operator.session.outbox.kick();
}, 60000);
afterAll(() => world.close());

function fieldProblems(listName: string, fields: Record<string, unknown>): string[] {
  const spec = Object.values(LISTS).find((l) => l.displayName === listName || encodeURIComponent(l.displayName) === listName);
  if (!spec) return [`unknown list ${listName}`];
  const columns = columnsOf(spec);
  return Object.entries(fields).flatMap(([k, v]) => {
    if (SYSTEM_FIELDS.has(k) || k.startsWith("@odata.")) return [];
    const c = columns.find((x) => x.name === k);
    if (!c) return [`${listName}.${k}: not a column`];
    const problem = columnValueProblem(c, v);
    return problem ? [`${listName}: ${problem}`] : [];
  });
}

async function get(path: string, upn = demoUpn("security.head")): Promise<Record<string, unknown>> {
  const r = await world.fetch(`${world.baseUrl}v1.0/${path}`, { headers: { Authorization: `Bearer ${world.emulator.tokenFor(upn)}` } });
  expect(r.status).toBe(200);
  return (await r.json()) as Record<string, unknown>;
}

test("the validator catches wrong names and types", () => {
  expect(csdl.validate({ subjet: "x" }, "microsoft.graph.message")).toEqual(["$.subjet: no such property on microsoft.graph.message"]);
  expect(csdl.validate({ isDraft: "yes" }, "microsoft.graph.message")[0]).toMatch(/expected Edm.Boolean/u);
  expect(csdl.validate({ fields: { Anything: 1 } }, "microsoft.graph.listItem")).toEqual([]);
  expect(fieldProblems("Adal Decisions", { Decision: "Maybe" })).toHaveLength(1);
});

test("emulator responses follow the v1.0 schema", async () => {
  const site = encodeURIComponent(world.emulator.store.site.id);
  const checks: [string, string, string?][] = [
    ["me", "microsoft.graph.user"],
    [`users/${demoUpn("lawyer")}/manager`, "microsoft.graph.user"],
    ["users?$filter=department eq 'legal'", "Collection(microsoft.graph.user)", "value"],
    [`sites/${site}`, "microsoft.graph.site"],
    [`sites/${site}/lists`, "Collection(microsoft.graph.list)", "value"],
    [`sites/${site}/lists/Adal%20Decisions/columns`, "Collection(microsoft.graph.columnDefinition)", "value"],
    [`sites/${site}/lists/Adal%20Decisions/items?$expand=fields`, "Collection(microsoft.graph.listItem)", "value"],
    [`sites/${site}/lists/Adal%20Reviews/items/1/versions`, "Collection(microsoft.graph.listItemVersion)", "value"],
  ];
  for (const [path, type, prop] of checks) {
    const body = await get(path);
    expect({ path, problems: csdl.validate(prop ? body[prop] : body, type) }).toEqual({ path, problems: [] });
  }
  const items = (await get(`sites/${site}/lists/Adal%20Reviews/items?$expand=fields`)).value as { fields: Record<string, unknown> }[];
  expect(items.length).toBeGreaterThan(0);
  for (const i of items) expect(fieldProblems("Adal Reviews", i.fields)).toEqual([]);
  const messages = (await get("me/messages", demoUpn("operator"))).value as { id: string }[];
  expect(csdl.validate(messages, "Collection(microsoft.graph.message)")).toEqual([]);
  const attachments = (await get(`me/messages/${messages[0]!.id}/attachments`, demoUpn("operator"))).value;
  expect(csdl.validate(attachments, "Collection(microsoft.graph.attachment)")).toEqual([]);
});

test("every request body the product sent follows the schema and our columns", () => {
  const writes = world.emulator.log.filter((e) => e.body !== undefined && e.body !== null && e.method !== "GET");
  expect(writes.length).toBeGreaterThan(8);
  const seen = new Set<string>();
  for (const w of writes) {
    const path = w.path.split("?")[0] as string;
    let problems: string[];
    if (/\/lists\/[^/]+\/items$/u.test(path)) {
      seen.add("item");
      const list = decodeURIComponent(path.split("/lists/")[1]!.split("/")[0]!);
      problems = [...csdl.validate(w.body, "microsoft.graph.listItem"), ...fieldProblems(list, (w.body as { fields: Record<string, unknown> }).fields)];
    } else if (/\/items\/\d+\/fields$/u.test(path)) {
      seen.add("fields");
      const list = decodeURIComponent(path.split("/lists/")[1]!.split("/")[0]!);
      problems = [...csdl.validate(w.body, "microsoft.graph.fieldValueSet"), ...fieldProblems(list, w.body as Record<string, unknown>)];
    } else if (/me\/messages$/u.test(path)) {
      seen.add("message");
      problems = csdl.validate(w.body, "microsoft.graph.message");
    } else if (/me\/sendMail$/u.test(path)) {
      problems = csdl.validateAction(w.body, "sendMail", "microsoft.graph.user");
    } else if (/\/lists$/u.test(path)) {
      problems = csdl.validate(w.body, "microsoft.graph.list");
    } else if (/\/columns$/u.test(path)) {
      problems = csdl.validate(w.body, "microsoft.graph.columnDefinition");
    } else problems = [`unexpected write ${w.method} ${path}`];
    expect({ path, problems }).toEqual({ path, problems: [] });
  }
  expect([...seen].sort()).toEqual(["fields", "item", "message"]);
});
