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

describe("gift book: a frame's pressed flag", () => {
  const withCue = (cue: Record<string, unknown>) => {
    const b = book(undefined);
    return { ...b, data: { ...b.data, cues: [...b.data.cues, cue] } };
  };
  const frame = { id: "frame.share", kind: "frame", implies: "influence", patterns: { ru: ["вернёте мне"] }, examples: { ru: { match: ["[[вернёте мне]]"] } } };

  it("is read on a frame", () => {
    expect(validateGiftBook(withCue({ ...frame, pressed: true })).cues.find((c) => c.id === "frame.share")?.pressed).toBe(true);
    expect(validateGiftBook(withCue(frame)).cues.find((c) => c.id === "frame.share")?.pressed).toBeUndefined();
  });

  it("is refused elsewhere or when not a boolean", () => {
    expect(() => validateGiftBook(withCue({ ...frame, kind: "object", implies: undefined, pressed: true }))).toThrow(/pressed is for frames only/u);
    expect(() => validateGiftBook(withCue({ ...frame, pressed: "yes" }))).toThrow(/pressed must be true or false/u);
  });
});

describe("gift book: a secrecy condition's channel flag", () => {
  const withCue = (cue: Record<string, unknown>) => {
    const b = book(undefined);
    return { ...b, data: { ...b.data, cues: [...b.data.cues, cue] } };
  };
  const channel = { id: "condition.messenger", kind: "condition", condition: "secrecy", channel: true, patterns: { ru: ["вотсап"] }, examples: { ru: { match: ["[[вотсап]]"] } } };

  it("is read on a secrecy condition", () => {
    expect(validateGiftBook(withCue(channel)).cues.find((c) => c.id === "condition.messenger")?.channel).toBe(true);
  });

  it("is refused on another condition, on another kind, or when not a boolean", () => {
    expect(() => validateGiftBook(withCue({ ...channel, condition: "cash-like" }))).toThrow(/channel is for secrecy conditions only/u);
    expect(() => validateGiftBook(withCue({ ...channel, kind: "frame", condition: undefined }))).toThrow(/channel is for secrecy conditions only/u);
    expect(() => validateGiftBook(withCue({ ...channel, channel: "yes" }))).toThrow(/channel must be true or false/u);
  });
});
