/**
 * A comparison of two language versions as self-contained HTML: the discrepancies with both
 * excerpts side by side, and the alignment itself (item against item), so the reviewer can see
 * what was compared with what. Everything from documents is escaped; nothing loads from outside.
 */
import type { Lang } from "../../engine";
import type { BilingualBook } from "../../engine/bilingual";
import { escapeHtml } from "../../engine/text/escape-html";
import { cliText } from "../messages";
import { pairText } from "../pair-messages";
import { placeOf, type PairReport } from "../pair";
import { severities } from "./pair";

const CSS = `
body{font:15px/1.5 system-ui,"Segoe UI",Arial,sans-serif;margin:2rem auto;max-width:1200px;color:#1b1b1b;padding:0 1rem}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2.5rem;border-bottom:1px solid #ccc}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #ccc;padding:.35rem .5rem;vertical-align:top;text-align:left}
th{background:#f3f3f3}.high{color:#a80000;font-weight:600}.medium{color:#8a5300;font-weight:600}.low{color:#005a9e}
tr.differs td{background:#fff6e0}.none{color:#666;font-style:italic}td.n{white-space:nowrap;color:#555}
`;

export function formatPairHtml(reports: readonly PairReport[], book: BilingualBook, locale: Lang, generatedAt: Date): string {
  const p = pairText(locale);
  const t = cliText(locale);
  return [
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${escapeHtml(p.heading)}</title><style>${CSS}</style></head><body>`,
    `<h1>${escapeHtml(p.heading)}</h1><p>${escapeHtml(t.html.generated)}: ${escapeHtml(generatedAt.toISOString().slice(0, 10))}</p>`,
    ...reports.map((r) => pairSection(r, book, locale)),
    `</body></html>\n`,
  ].join("\n");
}

/** One pair's section (also appended to `adal scan --pair -f html`). */
export function pairSection(report: PairReport, book: BilingualBook, locale: Lang): string {
  const p = pairText(locale);
  const t = cliText(locale);
  const cmp = report.comparison;
  const [a, b] = report.versions;
  const out: string[] = [`<section><h2>${escapeHtml(a.path)} ↔ ${escapeHtml(b.path)}</h2><ul>`];
  report.versions.forEach((v, i) => out.push(`<li>${escapeHtml(p.version(v.lang, v.path, cmp.coverage.items[i] ?? 0, cmp.coverage.aligned[i] ?? 0))}</li>`));
  out.push(`</ul><p>${escapeHtml(p.summary(cmp.discrepancies.length, severities(cmp.discrepancies)))}</p>`);
  if (cmp.discrepancies.length > 0) {
    out.push(`<h3>${escapeHtml(p.discrepancies)}</h3><table><thead><tr><th>#</th><th>${escapeHtml(t.html.factor)}</th><th>${escapeHtml(a.lang)}</th><th>${escapeHtml(b.lang)}</th><th>${escapeHtml(t.html.recommendation)}</th></tr></thead><tbody>`);
    cmp.discrepancies.forEach((d, i) => {
      const side = (v: 0 | 1) => `${escapeHtml(placeOf(report.versions[v], d.sides[v].paragraph, d.sides[v].start))}<br>«${escapeHtml(d.sides[v].excerpt.trim())}»`;
      out.push(
        `<tr id="d-${i + 1}"><td><a href="#r-${d.row}">${i + 1}</a></td><td>${escapeHtml(book.kinds[d.kind].name[locale])}<br><span class="${d.severity}">${escapeHtml(t.severity[d.severity])}</span> · A1.3.6</td>` +
          `<td>${side(0)}</td><td>${side(1)}</td><td>${escapeHtml(d.message)}<br>→ ${escapeHtml(d.recommendation)}</td></tr>`,
      );
    });
    out.push(`</tbody></table>`);
  }
  const differs = new Set(cmp.discrepancies.map((d) => d.row));
  out.push(`<h3>${escapeHtml(p.alignment)}</h3><table><thead><tr><th>${escapeHtml(a.lang)}</th><th></th><th>${escapeHtml(b.lang)}</th><th></th></tr></thead><tbody>`);
  cmp.rows.forEach((r, i) => {
    const cell = (v: 0 | 1) => {
      const paras = r.paragraphs[v];
      if (paras.length === 0) return `<td class="n"></td><td class="none">${escapeHtml(p.unmatched)}</td>`;
      const doc = report.versions[v].doc;
      return `<td class="n">${escapeHtml(paras.map((x) => `¶${x + 1}`).join(" "))}</td><td>${paras.map((x) => escapeHtml(doc.paragraphs[x]?.text ?? "")).join("<br>")}</td>`;
    };
    out.push(`<tr id="r-${i}"${differs.has(i) ? ' class="differs"' : ""}>${cell(0)}${cell(1)}</tr>`);
  });
  out.push(`</tbody></table></section>`);
  return out.join("\n");
}
