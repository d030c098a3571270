import { russianVerbForms } from "../../src/engine/morphology/verbs";

// Each infinitive with forms its paradigm must hold and a form it must not invent.
const CASES: ReadonlyArray<[string, readonly string[], readonly string[]]> = [
  ["согласовать", ["согласует", "согласуется", "согласуют", "согласован", "согласованный"], ["согласоваает"]],
  // -евать as the imperfective of -еть/-ить verbs conjugates like -ать
  ["продлевать", ["продлевает", "продлевается", "продлевают", "продлеваются", "продлевающий"], []],
  ["преодолевать", ["преодолевает", "преодолеваются"], []],
  // -евать as the -овать class after a soft consonant
  ["воевать", ["воюет", "воюют"], []],
  ["выдавать", ["выдает", "выдается", "выдают", "выдаваемый"], []],
  ["назначать", ["назначает", "назначается", "назначаемый"], []],
  // forms are spelled with е for ё, as the text is normalised
  ["определить", ["определит", "определят", "определен", "определена"], ["определёт"]],
];

describe("Russian verb paradigms", () => {
  test.each(CASES)("%s", (inf, present, absent) => {
    const forms = russianVerbForms(inf);
    for (const f of present) expect(forms.has(f)).toBe(true);
    for (const f of absent) expect(forms.has(f)).toBe(false);
  });
});
