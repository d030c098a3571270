/** The pane's behaviour on the standalone host, without a browser. */
import { createEngine, type Finding } from "../../src/engine";
import { StandaloneHost } from "../../src/office/standalone/standalone-host";
import { Analyzer } from "../../src/ui/analysis/analyzer";
import { PaneController } from "../../src/ui/pane/controller";
import { DEFAULT_RULEBOOK } from "../../src/rulebook/default";

const engine = createEngine(DEFAULT_RULEBOOK);

function memoryStorage() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), m };
}

const DRAFT = ["Положение о премии", "1. Директор вправе изменить график работы.", "2. Споры рассматриваются в установленном порядке.", "3. Работник уведомляет руководителя в течение 2 рабочих дней."];

function setup(paragraphs = DRAFT) {
  const storage = memoryStorage();
  const host = new StandaloneHost(storage);
  host.open({ title: "Положение", paragraphs: paragraphs.map((text) => ({ text, part: "body" as const })) });
  const controller = new PaneController(host, new Analyzer(engine), (f: Finding) => f.message, () => new Date("2026-11-24T10:00:00Z"));
  return { host, controller, storage };
}

describe("checking", () => {
  test("finds, marks and reports units and counts", async () => {
    const { host, controller } = setup();
    await controller.check();
    const s = controller.getState();
    expect(s.phase).toBe("ready");
    expect(s.findings.map((f) => f.ruleId)).toEqual(["discretion/no-may-formula", "references/no-blanket-reference"]);
    expect(host.getState().marks).toHaveLength(2);
    // A first check analyses everything; "analysed again" is only said of a re-check.
    expect(s.lastRun).toEqual({ total: 4 });
    expect(s.marked).toBe(2);
  });

  test("a re-check analyses only the paragraphs that changed", async () => {
    const { host, controller } = setup();
    await controller.check();
    const d = host.getState().doc;
    host.open({ ...d, paragraphs: d.paragraphs.map((p, i) => (i === 2 ? { ...p, text: "2. Споры рассматриваются комиссией в течение 10 рабочих дней." } : p)) });
    await controller.check();
    expect(controller.getState().lastRun?.reanalysed).toBe(1);
    expect(controller.getState().findings.map((f) => f.ruleId)).toEqual(["discretion/no-may-formula"]);
  });

  test("an empty document is a notice, not an error", async () => {
    const { controller } = setup(["", "  "]);
    await controller.check();
    expect(controller.getState()).toMatchObject({ phase: "ready", findings: [], notice: { key: "emptyDocument" } });
  });

  test("a failing host becomes an error state with the reason", async () => {
    const { host, controller } = setup();
    host.loadDismissals = async () => {
      throw new Error("settings are unavailable");
    };
    await controller.check();
    expect(controller.getState()).toMatchObject({ phase: "error", error: "settings are unavailable" });
  });
});

describe("dismissing", () => {
  test("a dismissal is stored with the document and survives a re-check", async () => {
    const { host, controller, storage } = setup();
    await controller.check();
    const f = controller.getState().findings[0]!;
    await controller.dismiss(f, "   ");
    expect(controller.getState().findings).toHaveLength(2);
    await controller.dismiss(f, "Право директора ограничено п. 5 Устава.");
    expect(controller.getState().findings.map((x) => x.ruleId)).toEqual(["references/no-blanket-reference"]);
    expect(host.getState().marks.map((m) => m.paragraph)).toEqual([2]);
    expect([...storage.m.values()].join()).toContain("Устава");
    await controller.check();
    expect(controller.getState().findings.map((x) => x.ruleId)).toEqual(["references/no-blanket-reference"]);
    expect(controller.getState().dismissed.map((d) => d.dismissal.reason)).toEqual(["Право директора ограничено п. 5 Устава."]);
  });

  test("a restored finding comes back and is marked again", async () => {
    const { host, controller } = setup();
    await controller.check();
    const f = controller.getState().findings[0]!;
    await controller.dismiss(f, "reason");
    await controller.restore(controller.getState().dismissed[0]!.dismissal.key);
    expect(controller.getState().findings).toHaveLength(2);
    expect(host.getState().marks).toHaveLength(2);
  });
});

describe("acting on findings", () => {
  test("applying a suggestion changes the document and drops the finding", async () => {
    const { host, controller } = setup();
    await controller.check();
    const f = controller.getState().findings.find((x) => x.ruleId === "discretion/no-may-formula")!;
    await controller.apply(f);
    expect(host.getState().doc.paragraphs[1]?.text).toBe("1. Директор обязан изменить график работы.");
    expect(controller.getState().findings.map((x) => x.ruleId)).toEqual(["references/no-blanket-reference"]);
    expect(controller.getState().notice?.key).toBe("statusAppliedStandalone");
  });

  test("selecting words that are no longer there is an error notice", async () => {
    const { host, controller } = setup();
    await controller.check();
    const f = controller.getState().findings[0]!;
    host.open({ title: "x", paragraphs: [{ text: "другой текст", part: "body" }] });
    await controller.select(f);
    expect(controller.getState().notice).toMatchObject({ kind: "error", key: "errorTitle" });
  });
});

describe("counters never go stale (issue #14 item 6)", () => {
  test("dismiss, restore and clear update the highlighted count; only a re-check reports paragraphs analysed again", async () => {
    const { controller } = setup();
    await controller.check();
    expect(controller.getState()).toMatchObject({ marked: 2, lastRun: { total: 4 } });
    expect(controller.getState().lastRun).not.toHaveProperty("reanalysed");
    await controller.dismiss(controller.getState().findings[0]!, "reason");
    expect(controller.getState()).toMatchObject({ marked: 1 });
    expect(controller.getState().findings).toHaveLength(1);
    await controller.restore(controller.getState().dismissed[0]!.dismissal.key);
    expect(controller.getState()).toMatchObject({ marked: 2 });
    await controller.clearMarks();
    expect(controller.getState()).toMatchObject({ marked: 0, notice: { key: "statusCleared" } });
    await controller.check();
    expect(controller.getState()).toMatchObject({ marked: 2, lastRun: { total: 4, reanalysed: 0 } });
  });
});

describe("no document open (issue #14 item 7)", () => {
  test("Check draft is refused with a clear message and nothing is concluded", async () => {
    const storage = memoryStorage();
    const host = new StandaloneHost(storage);
    const controller = new PaneController(host, new Analyzer(engine), (f: Finding) => f.message);
    await controller.check();
    expect(controller.getState()).toMatchObject({ phase: "idle", notice: { kind: "warning", key: "checkNoDocument" }, findings: [] });
    expect(controller.getState().doc).toBeUndefined();
  });
});

describe("Apply suggestion next to another finding (issue #14 item 5)", () => {
  const PARA = ["Положение", "1. Директор вправе проверить документы заявителя в установленном порядке."];

  test("the other finding keeps its highlight, moves with the text and can still be selected; the applied one is gone", async () => {
    const { host, controller } = setup(PARA);
    await controller.check();
    const [may, blanket] = controller.getState().findings;
    expect([may?.excerpt, blanket?.excerpt]).toEqual(["вправе", "в установленном порядке"]);
    // The pane passes the finding it shows, a localised copy, not the controller's own object.
    await controller.apply({ ...may!, message: "localised" });
    const s = controller.getState();
    expect(s.findings.map((f) => f.excerpt)).toEqual(["в установленном порядке"]);
    const moved = s.findings[0]!;
    expect(host.getState().doc.paragraphs[1]!.text.slice(moved.start, moved.end)).toBe("в установленном порядке");
    expect(host.getState().marks.map((m) => host.getState().doc.paragraphs[m.paragraph]!.text.slice(m.start, m.end))).toEqual(["в установленном порядке"]);
    expect(s.marked).toBe(1);
    await controller.select(moved);
    expect(controller.getState().notice?.kind).not.toBe("error");
    expect(host.getState().selected).toMatchObject({ start: moved.start, end: moved.end });
    await controller.check();
    expect(controller.getState().findings.map((f) => f.excerpt)).toEqual(["в установленном порядке"]);
    expect(host.getState().marks).toHaveLength(1);
  });
});
