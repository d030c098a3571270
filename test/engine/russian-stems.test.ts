import { russianForms } from "../../src/engine/morphology/russian";

describe("Russian stem~ forms", () => {
  test("a participle stem reaches its reflexive forms", () => {
    const forms = russianForms("являющ");
    for (const f of ["являющийся", "являющимся", "являющихся", "являющиеся", "являющейся", "являющегося"]) expect(forms).toContain(f);
    expect(russianForms("обучающ")).toContain("обучающихся");
    expect(russianForms("состоявш")).toContain("состоявшимся");
  });

  test("a noun stem does not become a reflexive verb", () => {
    expect(russianForms("договор")).not.toContain("договоримся");
    expect(russianForms("дел")).not.toContain("делимся");
    expect(russianForms("договор")).toContain("договорами");
  });
});
