/**
 * A self-contained HTML report: per file, the findings table and the text with every finding
 * highlighted. Everything from documents is escaped; the page loads nothing from outside.
 */
import type { Finding, Lang } from "../../engine";
import { FACTOR_NAMES } from "../../engine/findings/factor-names";
import { escapeHtml } from "../../engine/text/escape-html";
import { cliText } from "../messages";
import { quoteExcerpt, totals, whereIs, type FileReport, type ScanReport } from "../report";

const CSS = `
body{font:15px/1.5 system-ui,"Segoe UI",Arial,sans-serif;margin:2rem auto;max-width:1100px;color:#1b1b1b;padding:0 1rem}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2.5rem;border-bottom:1px solid #ccc}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #ccc;padding:.35rem .5rem;vertical-align:top;text-align:left}
th{background:#f3f3f3}.high{color:#a80000;font-weight:600}.medium{color:#8a5300;font-weight:600}.low{color:#005a9e}
mark{background:#fff1a8;border-bottom:2px solid #d9a400}mark.high{background:#fde0e0;border-color:#a80000;font-weight:normal;color:inherit}
.para{margin:.4rem 0;white-space:pre-wrap}.label{color:#666;margin-right:.4em}.error{color:#a80000}
`;

export function formatHtml(report: ScanReport, locale: Lang, generatedAt: Date): string {
  const t = cliText(locale);
  const tot = totals(report);
  const parts: string[] = [];
  parts.push(`<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">`);
  parts.push(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
  parts.push(`<title>${escapeHtml(t.html.title)}</title><style>${CSS}</style></head><body>`);
  parts.push(`<h1>${escapeHtml(t.html.title)}</h1>`);
  parts.push(`<p>${escapeHtml(t.total(tot.files, tot.findings, tot.bySeverity, tot.errors))} · ${escapeHtml(t.html.generated)}: ${escapeHtml(generatedAt.toISOString().slice(0, 10))}</p>`);
  for (const file of report.files) parts.push(fileSection(file, locale));
  parts.push(`</body></html>\n`);
  return parts.join("\n");
}

function fileSection(file: FileReport, locale: Lang): string {
  const t = cliText(locale);
  const out: string[] = [`<section><h2>${escapeHtml(file.path)}</h2>`];
  if (file.error) {
    out.push(`<p class="error">${escapeHtml(t.error)}: ${escapeHtml(file.error)}</p></section>`);
    return out.join("\n");
  }
  for (const w of file.warnings ?? []) out.push(`<p class="error">${escapeHtml(t.warning)}: ${escapeHtml(w)}</p>`);
  if (file.findings.length === 0) out.push(`<p>${escapeHtml(t.html.noFindings)}</p>`);
  else {
    out.push(`<h3>${escapeHtml(t.html.findings)}</h3><table><thead><tr><th>#</th><th>${escapeHtml(t.html.provision)}</th><th>${escapeHtml(t.html.factor)}</th><th>${escapeHtml(t.html.clause)}</th><th>${escapeHtml(t.html.recommendation)}</th></tr></thead><tbody>`);
    file.findings.forEach((f, i) => {
      const sugg = f.suggestion ? `<br><em>${escapeHtml(t.html.suggestion)}:</em> ${escapeHtml(f.suggestion)}` : "";
      // Rule messages usually quote the excerpt already; quoting it again beside them reads «x» — «x».
      const excerpt = f.message.includes(f.excerpt.replace(/\s+/gu, " ").trim().slice(0, 40)) ? "" : `${escapeHtml(quoteExcerpt(f.excerpt, locale))}<br>`;
      out.push(
        `<tr><td><a href="#${anchor(file, i)}">${i + 1}</a></td><td>${escapeHtml(whereIs(file, f))}<br>${excerpt}${escapeHtml(f.message)}</td>` +
          `<td>${escapeHtml(FACTOR_NAMES[f.factor][locale])}<br><span class="${f.severity}">${escapeHtml(t.severity[f.severity])}</span></td><td>${escapeHtml(f.clauses.join(", "))}</td>` +
          `<td>${escapeHtml(f.recommendation)}${sugg}</td></tr>`,
      );
    });
    out.push(`</tbody></table>`);
  }
  if (file.affectedUnits.length > 0) {
    out.push(`<h3>${escapeHtml(t.html.affectedUnits)}</h3><ul>`);
    for (const u of file.affectedUnits) out.push(`<li>${escapeHtml(u.name)} — ${u.mentions.map((m) => `${escapeHtml(quoteExcerpt(m.excerpt, locale))} (¶${m.paragraph + 1})`).join(", ")}</li>`);
    out.push(`</ul>`);
  }
  if (file.doc) {
    out.push(`<h3>${escapeHtml(t.html.text)}</h3>`);
    const byParagraph = new Map<number, Array<{ f: Finding; i: number }>>();
    file.findings.forEach((f, i) => {
      const list = byParagraph.get(f.paragraph) ?? [];
      list.push({ f, i });
      byParagraph.set(f.paragraph, list);
    });
    file.doc.paragraphs.forEach((p, pi) => {
      const label = p.label ? `<span class="label">${escapeHtml(p.label)}</span>` : "";
      out.push(`<p class="para">${label}${highlight(p.text, byParagraph.get(pi) ?? [], file)}</p>`);
    });
  }
  out.push(`</section>`);
  return out.join("\n");
}

function anchor(file: FileReport, i: number): string {
  return `f-${encodeURIComponent(file.path).replace(/%/gu, "")}-${i}`;
}

/** Wraps non-overlapping findings in <mark>; overlapping ones are listed in the table only. */
function highlight(text: string, items: Array<{ f: Finding; i: number }>, file: FileReport): string {
  const sorted = [...items].sort((a, b) => a.f.start - b.f.start || b.f.end - a.f.end);
  let at = 0;
  let html = "";
  for (const { f, i } of sorted) {
    if (f.start < at) continue;
    html += escapeHtml(text.slice(at, f.start));
    html += `<mark id="${anchor(file, i)}" class="${f.severity}" title="${escapeHtml(f.message)}">${escapeHtml(text.slice(f.start, f.end))}</mark>`;
    at = f.end;
  }
  return html + escapeHtml(text.slice(at));
}
