/** Text into HTML: the five characters that could open markup or end an attribute. Shared by the CLI's report and the Graph mails. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/gu, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string);
}
