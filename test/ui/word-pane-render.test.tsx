/**
 * The Word pane (PaneApp with the Word host, not the standalone one) rendered to HTML after a
 * check on the fake Word API: it says that headers, footers, footnotes and text boxes are not
 * checked in Word (issue #13 item 13), names provisions by their number, and counts what is
 * highlighted. Rendered with react-dom/server: the browser tests only reach the standalone pane.
 */
import { FluentProvider, SSRProvider, webLightTheme } from "@fluentui/react-components";
import { renderToString } from "react-dom/server";
import { createEngine, type Finding } from "../../src/engine";
import { WordHost } from "../../src/office/word/word-host";
import { DEFAULT_RULEBOOK } from "../../src/rulebook/default";
import { Analyzer } from "../../src/ui/analysis/analyzer";
import { LocaleProvider } from "../../src/ui/i18n/context";
import { PaneController } from "../../src/ui/pane/controller";
import { PaneApp } from "../../src/ui/pane/PaneApp";
import { FakeWord } from "../helpers/fake-word";

const engine = createEngine(DEFAULT_RULEBOOK);

async function renderChecked(locale: "en" | "ru") {
  const fake = new FakeWord(["Положение о премии", { text: "Директор вправе изменить размер премии.", listString: "2.4." }]);
  const controller = new PaneController(new WordHost(fake.office, fake.word), new Analyzer(engine), (f: Finding) => f.message);
  await controller.check();
  const storage = { getItem: () => null, setItem: () => undefined };
  const html = renderToString(
    <SSRProvider>
      <FluentProvider theme={webLightTheme}>
        <LocaleProvider locale={locale} setLocale={() => undefined}>
          <PaneApp controller={controller} engine={engine} standalone={false} deliver={async () => undefined} storage={storage} />
        </LocaleProvider>
      </FluentProvider>
    </SSRProvider>,
  );
  return html.replace(/<!-- -->/gu, "").replace(/&quot;/gu, '"');
}

test("after a check in Word the pane says what Word parts are not checked, in the UI language", async () => {
  const en = await renderChecked("en");
  expect(en).toContain("Headers, footers, footnotes and text boxes are not checked in Word");
  expect(en).toContain("Item 2.4");
  expect(en).toMatch(/1 finding in 2 paragraphs · 1 highlighted in the document\./u);
  const ru = await renderChecked("ru");
  expect(ru).toContain("Колонтитулы, сноски и надписи в Word не проверяются");
  expect(ru).toContain("п. 2.4");
});
