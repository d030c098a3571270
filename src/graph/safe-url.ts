/**
 * Links Adal puts into the pane and into mails come from list items anyone may have written, so
 * only absolute https URLs pass (no javascript:, data:, file: or relative tricks); anything else
 * is dropped, never "fixed".
 */
export function httpsUrl(value: string | null | undefined): string {
  if (!value) return "";
  try {
    const u = new URL(value.trim());
    return u.protocol === "https:" && u.hostname && !u.username && !u.password ? u.href : "";
  } catch {
    return "";
  }
}
