import { validateGiftBook } from "../../src/engine/gifts/spec";

// The smallest book the validator accepts, with one guard whose `unless` each case varies.
function book(unless: unknown, markerKind = "marker") {
  return {
    source: "test.yml",
    data: {
      settings: { window: 25, valueThresholds: { KZT: 10000 }, currencies: { тенге: "KZT" }, freeMailDomains: [] },
      cues: [
        { id: "marker.personal", kind: markerKind, patterns: { ru: ["лично вам"] }, examples: { ru: { match: ["[[лично вам]]"] } } },
        { id: "marker.relative", kind: "marker", patterns: { ru: ["перелёт жены"] }, examples: { ru: { match: ["[[перелёт жены]]"] } } },
        { id: "guard.trip", kind: "guard", scope: "sentence", ...(unless === undefined ? {} : { unless }), patterns: { ru: ["командировк~"] }, examples: { ru: { match: ["[[командировка]]"] } } },
      ],
    },
  };
}

describe("gift book: a guard's unless", () => {
  it("takes one marker id and reads it as a list of one", () => {
    const guard = validateGiftBook(book("marker.personal")).cues.find((c) => c.id === "guard.trip");
    expect(guard?.unless).toEqual(["marker.personal"]);
  });

  it("takes a list of marker ids: any of them lifts the guard", () => {
    const guard = validateGiftBook(book(["marker.personal", "marker.relative"])).cues.find((c) => c.id === "guard.trip");
    expect(guard?.unless).toEqual(["marker.personal", "marker.relative"]);
  });

  it("names the id that is not a marker", () => {
    expect(() => validateGiftBook(book(["marker.relative", "marker.personal"], "person"))).toThrow(/unless: marker\.personal is not a marker cue/u);
    expect(() => validateGiftBook(book(["marker.nowhere"]))).toThrow(/unless: marker\.nowhere is not a marker cue/u);
  });

  it("refuses an empty list or a list with something other than ids", () => {
    expect(() => validateGiftBook(book([]))).toThrow(/unless is for guards only/u);
    expect(() => validateGiftBook(book(["marker.personal", 3]))).toThrow(/unless is for guards only/u);
  });
});
