/**
 * The Word adapter (src/office/word/word-host.ts) on a fake Word API that keeps Word's documented
 * behaviour (test/helpers/fake-word.ts): batches and sync counts, search limits counted after
 * escaping, named highlight colours only, tracked deletions in Paragraph.text, content controls,
 * comments that stay until deleted, document settings per add-in instance that reach the file only
 * when the document is saved.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { createEngine, type Finding } from "../../src/engine";
import { searchChunks, occurrenceIndex } from "../../src/office/word/locate";
import { alignCurrent } from "../../src/office/word/reviewed-text";
import { HIGHLIGHT, MARK_TAG, WordHost } from "../../src/office/word/word-host";
import { DEFAULT_RULEBOOK } from "../../src/rulebook/default";
import { FakeDocument, FakeWord, nearestHighlight, WORD_HIGHLIGHT_COLORS } from "../helpers/fake-word";

const engine = createEngine(DEFAULT_RULEBOOK);
const sample = readFileSync(path.join(__dirname, "..", "..", "assets", "samples", "premirovanie.ru.txt"), "utf8").split("\n").filter((l) => l.trim() !== "");
const paragraphsOf = (n: number) => Array.from({ length: n }, (_v, i) => sample[i % sample.length] as string);
const options = { comments: true, commentText: (f: Finding) => `${f.message} → ${f.recommendation}` };
const analyze = async (doc: { paragraphs: readonly { text: string }[] }) => engine.analyze(doc.paragraphs.map((p) => p.text)).findings;

function finding(paragraph: number, text: string, start: number, end: number, severity: Finding["severity"] = "medium"): Finding {
  return { ruleId: "test/no-x", factor: "vague_term", clauses: ["A1.3.6"], severity, paragraph, start, end, excerpt: text.slice(start, end), lang: "ru", message: "m", recommendation: "r" };
}

function setup(paragraphs: ConstructorParameters<typeof FakeWord>[0], api14 = true) {
  const fake = new FakeWord(paragraphs, api14);
  return { fake, host: new WordHost(fake.office, fake.word) };
}

/** What is highlighted now, as "paragraph:text:colour". */
const highlighted = (fake: FakeWord) => fake.doc.highlights().map((h) => `${h.paragraph}:${h.text}:${h.color}`);
const adalComments = (fake: FakeWord) => fake.doc.comments.filter((c) => /\[Adal [0-9a-z]+\]$/u.test(c.content));

describe("a full check in a constant number of round trips", () => {
  test.each([10, 1000])("%i paragraphs: read + analyse + highlight + comment in 3 syncs", async (n) => {
    const { fake, host } = setup(paragraphsOf(n));
    const { findings, result } = await host.check(analyze, options);
    expect(fake.syncs).toBe(3);
    expect(findings.length).toBeGreaterThan(n / 3);
    expect(result).toEqual({ marked: findings.length, missed: 0 });
    for (const f of findings) {
      const text = fake.doc.text(f.paragraph);
      const chars = fake.doc.highlights().filter((h) => h.paragraph === f.paragraph && h.start <= f.start && h.end >= f.end);
      expect(chars.length === 1 ? text.slice(f.start, f.end) : `${f.ruleId} not highlighted`).toBe(f.excerpt);
    }
    expect(adalComments(fake)).toHaveLength(findings.length);
    expect(fake.doc.contentControls.every((c) => c.tag === MARK_TAG && c.appearance === "Hidden")).toBe(true);
  });

  test("without WordApi 1.4 there are no comments and no tracked changes, but highlights still work", async () => {
    const { fake, host } = setup(paragraphsOf(10), false);
    expect(host.capabilities).toEqual({ comments: false, trackedChanges: false });
    const { findings, result } = await host.check(analyze, options);
    expect(fake.doc.comments).toHaveLength(0);
    expect(result.marked).toBe(findings.length);
    expect(fake.doc.highlights().length).toBeGreaterThan(0);
    await expect(host.applySuggestion({ ...findings[0]!, suggestion: "x" })).rejects.toThrow(/WordApi 1\.4/u);
  });
});

describe("highlight colours (issue #13 item 2)", () => {
  test("severities are Word's named highlight colours, three distinct ones, accepted by Word for Windows", async () => {
    expect(Object.values(HIGHLIGHT).every((c) => c in WORD_HIGHLIGHT_COLORS)).toBe(true);
    expect(new Set(Object.values(HIGHLIGHT)).size).toBe(3);
    const text = "Комиссия вправе продлить срок в исключительных случаях и своевременно уведомляет.";
    const { fake, host } = setup([text]);
    const at = (w: string, severity: Finding["severity"]) => finding(0, text, text.indexOf(w), text.indexOf(w) + w.length, severity);
    const fs = [at("вправе", "high"), at("исключительных случаях", "medium"), at("своевременно", "low")];
    expect(await host.mark(fs, options)).toEqual({ marked: 3, missed: 0 });
    expect(highlighted(fake)).toEqual([`0:вправе:${HIGHLIGHT.high}`, `0:исключительных случаях:${HIGHLIGHT.medium}`, `0:своевременно:${HIGHLIGHT.low}`]);
  });

  test("the fake refuses other colours, as the pastel #RRGGBB shades would have collapsed on Windows", () => {
    expect(new Set(["#FFC9C9", "#FFE8A3", "#CFE3F7"].map(nearestHighlight)).size).toBeLessThan(3);
    const doc = new FakeDocument(["x"]);
    expect(() => doc.highlight(0, 0, 1, "#FFC9C9")).toThrow(/not one of Word's highlight colours/u);
  });
});

describe("locating engine offsets with Word's search", () => {
  test("a span longer than 255 characters is searched in chunks and joined with expandTo", async () => {
    const long = `Начало. ${"Комиссия по премированию рассматривает материалы и ".repeat(14)}конец.`;
    expect(long.length).toBeGreaterThan(600);
    const { fake, host } = setup([long]);
    const f = finding(0, long, 8, long.length - 1);
    expect(await host.mark([f], options)).toEqual({ marked: 1, missed: 0 });
    expect(fake.doc.highlights()).toMatchObject([{ paragraph: 0, start: 8, end: long.length - 1 }]);
    expect(searchChunks(long, 8, long.length - 1).every((c) => c.query.length <= 255)).toBe(true);
  });

  test("the 255-character limit counts the escaped text: a span full of carets is still found (issue #13 item 8)", async () => {
    const text = `Формула ${"a^b ".repeat(80)}конец.`;
    const { fake, host } = setup([text]);
    const f = finding(0, text, 8, text.length - 7);
    expect(f.excerpt.length).toBeLessThanOrEqual(255 + 70);
    expect(searchChunks(text, f.start, f.end).every((c) => c.query.length <= 255)).toBe(true);
    expect(await host.mark([f], options)).toEqual({ marked: 1, missed: 0 });
    expect(fake.doc.highlights()).toMatchObject([{ start: 8, end: text.length - 7 }]);
  });

  test("the n-th occurrence of a repeated phrase, not the first", async () => {
    const text = "Директор вправе назначить, вправе отменить и вправе изменить премию.";
    const third = text.lastIndexOf("вправе");
    const { fake, host } = setup([text]);
    await host.mark([finding(0, text, third, third + 6)], options);
    expect(fake.doc.highlights()).toMatchObject([{ start: third, end: third + 6 }]);
    expect(occurrenceIndex(text, "вправе", third)).toBe(2);
  });

  test("control characters inside a span are skipped, the pieces joined", async () => {
    const text = "в установленном\tпорядке решает";
    const { fake, host } = setup([text]);
    await host.mark([finding(0, text, 0, 23)], options);
    expect(fake.doc.highlights()).toMatchObject([{ start: 0, end: 23 }]);
    expect(searchChunks(text, 0, 23).map((c) => c.text)).toEqual(["в установленном", "порядке"]);
  });

  test("^ is escaped for Word's search", () => {
    expect(searchChunks("a^b", 0, 3)[0]?.query).toBe("a^^b");
  });

  test("a paragraph edited since the scan is reported as missed, not marked in the wrong place", async () => {
    const { fake, host } = setup(["Комиссия вправе запросить документы."]);
    const [f] = engine.analyze(["Комиссия вправе запросить документы."]).findings;
    fake.doc.edit(0, "Комиссия обязана запросить документы.");
    expect(await host.mark([f!], options)).toEqual({ marked: 0, missed: 1 });
    expect(fake.doc.highlights()).toHaveLength(0);
  });
});

describe("tracked deletions (issue #13 item 4)", () => {
  const text = "Директор вправе назначить и вправе отменить проверку.";

  test("after Apply suggestion the deleted words are not read, flagged or highlighted again", async () => {
    const { fake, host } = setup([text]);
    const { findings } = await host.check(analyze, options);
    const first = findings.find((f) => f.start === 9)!;
    expect(first.suggestion).toBeDefined();
    await host.applySuggestion(first);
    expect(fake.doc.text(0)).toContain("вправеобязан");
    expect(fake.doc.currentText(0)).toBe("Директор обязан назначить и вправе отменить проверку.");

    const again = await host.check(analyze, options);
    expect(again.doc.paragraphs[0]!.text).toBe(fake.doc.currentText(0));
    expect(again.findings.map((f) => f.excerpt)).toEqual(["вправе"]);
    expect(again.result).toEqual({ marked: 1, missed: 0 });
    // The second "вправе" is highlighted, not the deleted first one; the rewrite is not.
    const marks = fake.doc.highlights().filter((h) => h.color === HIGHLIGHT[again.findings[0]!.severity]);
    expect(marks.map((h) => [h.start, h.text])).toEqual([[fake.doc.text(0).lastIndexOf("вправе"), "вправе"]]);
    expect(fake.syncs).toBeGreaterThan(0);
  });

  test("the current text is aligned into the text with deletions, whole runs preferred", () => {
    const a = alignCurrent("Директор вправеобязан назначить", "Директор обязан назначить")!;
    expect([...a.toText].map((i) => "Директор вправеобязан назначить"[i]).join("")).toBe("Директор обязан назначить");
    expect([..."Директор вправеобязан назначить"].map((_c, i) => (a.deleted(i) ? "x" : ".")).join("")).toBe(".........xxxxxx................");
    expect(alignCurrent("abc", "abd")).toBeNull();
  });
});

describe("select, apply a suggestion, dismissals", () => {
  test("select puts Word's selection on the finding's words", async () => {
    const text = "Предприятие вправе изменить график.";
    const { fake, host } = setup(["Заголовок", text]);
    const [f] = engine.analyze(["Заголовок", text]).findings;
    await host.select(f!);
    expect(fake.doc.selections).toEqual([{ paragraph: 1, start: 12, end: 18, text: "вправе" }]);
    expect(fake.syncs).toBe(3);
  });

  test("a suggestion goes in as a tracked change, unhighlighted, and the user's tracking mode is restored", async () => {
    const text = "Комиссия вправе запросить документы.";
    const { fake, host } = setup([text]);
    const { findings } = await host.check(analyze, options);
    const f = findings[0]!;
    expect(f.suggestion).toBe("обязана");
    await host.applySuggestion(f);
    expect(fake.doc.currentText(0)).toBe("Комиссия обязана запросить документы.");
    expect(fake.doc.changeTrackingMode).toBe("Off");
    expect(fake.doc.highlights().map((h) => h.text)).toEqual(["вправе"]);
  });

  test("applying one suggestion keeps the highlight of another finding in the same paragraph (issue #14 item 5)", async () => {
    const text = "Директор вправе назначить проверку в установленном порядке.";
    const { fake, host } = setup([text]);
    const { findings } = await host.check(analyze, options);
    expect(findings.map((f) => f.excerpt)).toEqual(["вправе", "в установленном порядке"]);
    await host.applySuggestion(findings[0]!);
    expect(fake.doc.highlights().map((h) => h.text)).toEqual(["вправе", "в установленном порядке"]);
    expect(fake.doc.highlights()[0]!.start).toBe(9);
  });

  test("the provision's own number comes from Word's list numbering", async () => {
    const { host } = setup([{ text: "Комиссия вправе запросить документы.", listString: "2.4." }, "Без номера."]);
    const doc = await host.read();
    expect(doc.paragraphs.map((p) => p.label)).toEqual(["2.4.", undefined]);
  });
});

describe("comments (issue #13 item 3)", () => {
  test("a re-check keeps one comment per finding; dismissing removes its comment; clearing removes Adal's only", async () => {
    const { fake, host } = setup(paragraphsOf(6));
    fake.doc.comments.push({ id: "user-1", paragraph: 0, start: 0, end: 3, content: "Мой комментарий" });
    const { findings } = await host.check(analyze, options);
    await host.check(analyze, options);
    await host.check(analyze, options);
    expect(adalComments(fake)).toHaveLength(findings.length);

    const [gone, ...rest] = findings;
    await host.mark(rest, options);
    expect(adalComments(fake)).toHaveLength(rest.length);
    expect(adalComments(fake).filter((c) => c.paragraph === gone!.paragraph && c.start === gone!.start && c.end === gone!.end)).toHaveLength(rest.filter((f) => f.paragraph === gone!.paragraph && f.start === gone!.start && f.end === gone!.end).length);

    await host.clearMarks();
    expect(adalComments(fake)).toHaveLength(0);
    expect(fake.doc.comments.map((c) => c.id)).toEqual(["user-1"]);
  });

  test("turning comments off and checking again removes Adal's comments", async () => {
    const { fake, host } = setup(paragraphsOf(10));
    await host.check(analyze, options);
    expect(adalComments(fake).length).toBeGreaterThan(0);
    await host.check(analyze, { ...options, comments: false });
    expect(adalComments(fake)).toHaveLength(0);
  });
});

describe("clearing and re-checking find Adal's own marks (issue #13 item 10)", () => {
  test("clearing removes exactly Adal's highlights, also after paragraphs were inserted and deleted", async () => {
    const { fake, host } = setup(["Директор вправе изменить премию.", "Комиссия собирается по графику.", "Споры решаются в установленном порядке."]);
    const { findings } = await host.check(analyze, { ...options, comments: false });
    expect(findings.map((f) => [f.paragraph, f.excerpt])).toEqual([
      [0, "вправе"],
      [2, "в установленном порядке"],
    ]);
    fake.doc.insertParagraph(0, "Преамбула: вводные положения.");
    fake.doc.deleteParagraph(3);
    // The user's own highlight where Adal's first mark used to be by its offsets.
    fake.doc.highlight(0, 9, 15, "Lime");
    await host.clearMarks();
    expect(highlighted(fake)).toEqual(["0:: ввод:Lime"]);
    expect(fake.doc.contentControls).toHaveLength(0);
  });

  test("a re-check after paragraphs were inserted leaves no stale highlight", async () => {
    const { fake, host } = setup(["Директор вправе изменить график.", "Споры решаются в установленном порядке."]);
    await host.check(analyze, options);
    fake.doc.insertParagraph(0, "Преамбула.");
    fake.doc.edit(1, "Директор обязан изменить график.");
    fake.syncs = 0;
    await host.check(analyze, options);
    expect(fake.syncs).toBe(3);
    expect(highlighted(fake)).toEqual([`2:в установленном порядке:${HIGHLIGHT.medium}`]);
  });

  test("a check whose last sync fails half-way leaves nothing that Clear highlights cannot remove", async () => {
    const { fake, host } = setup(paragraphsOf(8));
    fake.failSync(3, 7);
    await expect(host.check(analyze, options)).rejects.toThrow(/GeneralException/u);
    expect(fake.doc.highlights().length + fake.doc.contentControls.length).toBeGreaterThan(0);
    await host.clearMarks();
    expect(fake.doc.highlights()).toEqual([]);
    expect(fake.doc.contentControls).toEqual([]);
    expect(adalComments(fake)).toEqual([]);
  });

  test("an unchanged document is re-checked without touching its marks", async () => {
    const { fake, host } = setup(paragraphsOf(6));
    await host.check(analyze, options);
    const before = fake.doc.contentControls.map((c) => c.id);
    await host.check(analyze, options);
    expect(fake.doc.contentControls.map((c) => c.id)).toEqual(before);
  });
});

describe("dismissals in document settings (issue #13 item 9)", () => {
  const d = (key: string, reason = "covered by clause 5") => ({ key, ruleId: "r", excerpt: "e", reason, at: "2026-12-04" });

  test("stored in the document and read back by a new session", async () => {
    const { fake, host } = setup(["x"]);
    await host.changeDismissals({ add: d("k") });
    const next = fake.reopen();
    expect(await new WordHost(next.office, next.word).loadDismissals()).toEqual([d("k")]);
  });

  // Settings written by saveAsync reach the file only with the document (Office.Settings.saveAsync);
  // the adapter leaves a document with the user's unsaved edits for the user to save.
  test("a session that does not save the document loses them when the file is opened again", async () => {
    const { fake, host } = setup(["x"]);
    fake.doc.edit(0, "y");
    await host.changeDismissals({ add: d("k") });
    expect(fake.doc.saves).toBe(0);
    expect(await new WordHost(fake.coauthor().office, fake.word).loadDismissals()).toEqual([d("k")]);
    const next = fake.reopen();
    expect(await new WordHost(next.office, next.word).loadDismissals()).toEqual([]);
  });

  test("two co-authors dismissing at the same time keep both dismissals; a restore removes only its own", async () => {
    const { fake, host: a } = setup(["x"]);
    const other = fake.coauthor();
    const b = new WordHost(other.office, other.word);
    await a.loadDismissals();
    await b.loadDismissals();
    await a.changeDismissals({ add: d("from-a") });
    expect((await b.changeDismissals({ add: d("from-b") })).map((x) => x.key)).toEqual(["from-a", "from-b"]);
    expect((await a.changeDismissals({ remove: "from-a" })).map((x) => x.key)).toEqual(["from-b"]);
    const third = new WordHost(fake.coauthor().office, fake.word);
    expect((await third.loadDismissals()).map((x) => x.key)).toEqual(["from-b"]);
  });

  test("the document is saved when it had no unsaved edits, and left for the user to save when it had", async () => {
    const { fake, host } = setup(["x"]);
    await host.changeDismissals({ add: d("k1") });
    expect(fake.doc.saves).toBe(1);
    fake.doc.edit(0, "y");
    await host.changeDismissals({ add: d("k2") });
    expect(fake.doc.saves).toBe(1);
    fake.doc.url = "";
    fake.doc.saved = true;
    await host.changeDismissals({ add: d("k3") });
    expect(fake.doc.saves).toBe(1);
  });
});
