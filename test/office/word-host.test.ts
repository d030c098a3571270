import { readFileSync } from "node:fs";
import path from "node:path";
import { createEngine, type Finding } from "../../src/engine";
import { searchChunks, occurrenceIndex } from "../../src/office/word/locate";
import { HIGHLIGHT, WordHost } from "../../src/office/word/word-host";
import { DEFAULT_RULEBOOK } from "../../src/rulebook/default";
import { FakeWord } from "../helpers/fake-word";

const engine = createEngine(DEFAULT_RULEBOOK);
const sample = readFileSync(path.join(__dirname, "..", "..", "assets", "samples", "premirovanie.ru.txt"), "utf8").split("\n").filter((l) => l.trim() !== "");
const paragraphsOf = (n: number) => Array.from({ length: n }, (_v, i) => sample[i % sample.length] as string);
const options = { comments: true, commentText: (f: Finding) => `${f.message} → ${f.recommendation}` };
const analyze = async (doc: { paragraphs: readonly { text: string }[] }) => engine.analyze(doc.paragraphs.map((p) => p.text)).findings;

function finding(paragraph: number, text: string, start: number, end: number): Finding {
  return { ruleId: "test/no-x", factor: "vague_term", clauses: ["A1.3.6"], severity: "medium", paragraph, start, end, excerpt: text.slice(start, end), lang: "ru", message: "m", recommendation: "r" };
}

describe("a full check in a constant number of round trips", () => {
  test.each([10, 1000])("%i paragraphs: read + analyse + highlight + comment in 3 syncs", async (n) => {
    const fake = new FakeWord(paragraphsOf(n));
    const host = new WordHost(fake.office, fake.word);
    const { findings, result } = await host.check(analyze, options);
    expect(fake.syncs).toBe(3);
    expect(findings.length).toBeGreaterThan(n / 3);
    expect(result).toEqual({ marked: findings.length, missed: 0 });
    const highlighted = fake.state.highlights.map((h) => `${h.paragraph}:${h.start}:${h.end}:${h.color}`).sort();
    expect(highlighted).toEqual(findings.map((f) => `${f.paragraph}:${f.start}:${f.end}:${HIGHLIGHT[f.severity]}`).sort());
    expect(fake.state.comments).toHaveLength(findings.length);
  });

  test("without WordApi 1.4 there are no comments and no tracked changes, but highlights still work", async () => {
    const fake = new FakeWord(paragraphsOf(10), false);
    const host = new WordHost(fake.office, fake.word);
    expect(host.capabilities).toEqual({ comments: false, trackedChanges: false });
    const { findings } = await host.check(analyze, options);
    expect(fake.state.comments).toHaveLength(0);
    expect(fake.state.highlights).toHaveLength(findings.length);
    await expect(host.applySuggestion({ ...findings[0]!, suggestion: "x" })).rejects.toThrow(/WordApi 1\.4/u);
  });
});

describe("locating engine offsets with Word's search", () => {
  test("a span longer than 255 characters is searched in chunks and joined with expandTo", async () => {
    const long = `Начало. ${"Комиссия по премированию рассматривает материалы и ".repeat(14)}конец.`;
    expect(long.length).toBeGreaterThan(600);
    const fake = new FakeWord([long]);
    const host = new WordHost(fake.office, fake.word);
    const f = finding(0, long, 8, long.length - 1);
    const result = await host.mark([f], options);
    expect(result).toEqual({ marked: 1, missed: 0 });
    expect(fake.state.highlights[0]).toMatchObject({ paragraph: 0, start: 8, end: long.length - 1 });
    expect(searchChunks(long, 8, long.length - 1).every((c) => c.query.length <= 255)).toBe(true);
  });

  test("the n-th occurrence of a repeated phrase, not the first", async () => {
    const text = "Директор вправе назначить, вправе отменить и вправе изменить премию.";
    const third = text.lastIndexOf("вправе");
    const fake = new FakeWord([text]);
    const host = new WordHost(fake.office, fake.word);
    await host.mark([finding(0, text, third, third + 6)], options);
    expect(fake.state.highlights[0]).toMatchObject({ start: third, end: third + 6 });
    expect(occurrenceIndex(text, "вправе", third)).toBe(2);
  });

  test("control characters inside a span are skipped, the pieces joined", async () => {
    const text = "в установленном\tпорядке решает";
    const fake = new FakeWord([text]);
    const host = new WordHost(fake.office, fake.word);
    await host.mark([finding(0, text, 0, 23)], options);
    expect(fake.state.highlights[0]).toMatchObject({ start: 0, end: 23 });
    expect(searchChunks(text, 0, 23).map((c) => c.text)).toEqual(["в установленном", "порядке"]);
  });

  test("^ is escaped for Word's search", () => {
    expect(searchChunks("a^b", 0, 3)[0]?.query).toBe("a^^b");
  });

  test("a paragraph edited since the scan is reported as missed, not marked in the wrong place", async () => {
    const fake = new FakeWord(["Комиссия вправе запросить документы."]);
    const host = new WordHost(fake.office, fake.word);
    const [f] = engine.analyze(["Комиссия вправе запросить документы."]).findings;
    fake.state.paragraphs[0]!.text = "Комиссия обязана запросить документы.";
    expect(await host.mark([f!], options)).toEqual({ marked: 0, missed: 1 });
    expect(fake.state.highlights).toHaveLength(0);
  });
});

describe("select, apply a suggestion, dismissals, clear", () => {
  test("select puts Word's selection on the finding's words", async () => {
    const text = "Предприятие вправе изменить график.";
    const fake = new FakeWord(["Заголовок", text]);
    const host = new WordHost(fake.office, fake.word);
    const [f] = engine.analyze(["Заголовок", text]).findings;
    await host.select(f!);
    expect(fake.state.selections).toEqual([{ paragraph: 1, start: 12, end: 18 }]);
    expect(fake.syncs).toBe(3);
  });

  test("a suggestion goes in as a tracked change and the user's tracking mode is restored", async () => {
    const text = "Комиссия вправе запросить документы.";
    const fake = new FakeWord([text]);
    const host = new WordHost(fake.office, fake.word);
    const [f] = engine.analyze([text]).findings;
    expect(f?.suggestion).toBe("обязана");
    await host.applySuggestion(f!);
    expect(fake.state.paragraphs[0]!.text).toBe("Комиссия обязана запросить документы.");
    expect(fake.state.edits).toEqual([{ paragraph: 0, start: 9, end: 15, text: "обязана", tracked: true }]);
    expect(fake.state.changeTrackingMode).toBe("Off");
  });

  test("dismissals are stored in the document and survive re-opening it", async () => {
    const fake = new FakeWord(["x"]);
    await new WordHost(fake.office, fake.word).saveDismissals([{ key: "k", ruleId: "r", excerpt: "e", reason: "covered by clause 5", at: "2026-11-24" }]);
    const reopened = new WordHost(fake.office, fake.word);
    expect(await reopened.loadDismissals()).toEqual([{ key: "k", ruleId: "r", excerpt: "e", reason: "covered by clause 5", at: "2026-11-24" }]);
  });

  test("clearing removes exactly the highlights this pane added", async () => {
    const fake = new FakeWord(paragraphsOf(5));
    const host = new WordHost(fake.office, fake.word);
    const { findings } = await host.check(analyze, { ...options, comments: false });
    await host.clearMarks();
    const cleared = fake.state.highlights.filter((h) => h.color === null);
    expect(cleared.map((h) => `${h.paragraph}:${h.start}:${h.end}`).sort()).toEqual(findings.map((f) => `${f.paragraph}:${f.start}:${f.end}`).sort());
  });
});

describe("re-checking", () => {
  test("a re-check clears highlights of wording that was fixed, still in 3 syncs", async () => {
    const fake = new FakeWord(["Директор вправе изменить график.", "Споры решаются в установленном порядке."]);
    const host = new WordHost(fake.office, fake.word);
    await host.check(analyze, options);
    fake.state.paragraphs[0]!.text = "Директор обязан изменить график.";
    fake.syncs = 0;
    await host.check(analyze, { ...options, comments: false });
    expect(fake.syncs).toBe(3);
    const last = new Map<string, string | null>();
    for (const h of fake.state.highlights) last.set(`${h.paragraph}:${h.start}`, h.color);
    expect([...last.entries()].filter(([, c]) => c !== null).map(([k]) => k)).toEqual(["1:15"]);
  });
});
