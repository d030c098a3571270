/**
 * Mail HTML to text: what it keeps and drops, and that crafted tags cost linear work (issue 12,
 * item 11: 400 KB of `<style x` took 12.5 s with the regular expressions it replaced). The work
 * is counted, not timed: `steps` is every character the tag and closing-tag searches examine.
 * (The time itself is `mail_html_crafted_ms_400kb` in `npm run bench`.)
 */
import { htmlToText, htmlToTextWithStats } from "../../src/engine/gifts/html-to-text";

describe("htmlToText", () => {
  test("keeps paragraphs and cell breaks, drops scripts, styles, comments and tags, decodes entities", () => {
    const html =
      '<html><head><title>t</title><style>p{color:red}</style></head><body><!-- note --><p>Сізге&nbsp;сыйлық</p><div>Примите &laquo;подарок&raquo; &#128522;</div>' +
      "<script>alert(1)</script><table><tr><td>a</td><td>b</td></tr></table><p>Tom &amp; Jerry</p></body></html>";
    expect(htmlToText(html)).toBe("Сізге сыйлық\n\nПримите «подарок» 😊\n\na b\n\nTom & Jerry");
  });

  test("a tag or comment left open at the end does not leak its attributes", () => {
    expect(htmlToText('<p>Hello</p><img src="x" alt="gift card for you')).toBe("Hello");
    expect(htmlToText("<p>Hello</p><!-- gift card")).toBe("Hello");
    expect(htmlToText("a < b and c<d")).toBe("a < b and c");
    // An unclosed declaration is text: a stray "<!" must not hide the rest of the mail.
    expect(htmlToText("<p>Kaspi-ге аударамын</p><p>Hi <!x and <?y")).toBe("Kaspi-ге аударамын\n\nHi <!x and <?y");
  });

  test("an element to drop that never closes keeps what follows its opening tag", () => {
    expect(htmlToText("<p>Before</p><style>x<p>After</p>")).toBe("Before\nx\nAfter");
  });

  const n = 400 * 1024;
  const repeat = (s: string) => s.repeat(Math.ceil(n / s.length)).slice(0, n);
  const shapes: Array<[string, string]> = [
    ["<style x", repeat("<style x")],
    ["<script>", repeat("<script>")],
    ["<a b=", repeat("<a b=")],
    ["</p", repeat("</p")],
    ["<!--", repeat("<!--")],
    ["<![CDATA[", repeat("<![CDATA[")],
    ["<!x", repeat("<!x")],
    ["<?x", repeat("<?x")],
    ["<style>…</style> pairs", repeat("<style>a</style>")],
    ["<style> then text", `<style>${repeat("x<style>")}`],
    ["<<<<", repeat("<")],
  ];

  test.each(shapes)("crafted shape %s (400 KB): linear work", (_name, html) => {
    const { steps } = htmlToTextWithStats(html);
    expect(steps).toBeLessThanOrEqual(4 * html.length);
  });
});
