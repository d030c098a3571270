/**
 * The Content-Security-Policy of the pages Adal serves. Scripts come from this origin and from
 * Office's script host only (https://appsforoffice.microsoft.com, where Office requires add-ins
 * to load office.js from); Graph and the Microsoft sign-in page are the only other hosts the
 * pane may talk to (approvals, reports); nothing else remote loads or runs: no other script,
 * style, image, font, frame or plug-in, and no request elsewhere (which also keeps office.js's
 * telemetry in the page). Styles may be inline because Fluent UI writes its CSS at run time.
 * Hosting dist/ elsewhere: send the same header (README, "Security").
 */
export const OFFICE_SCRIPT_HOST = "https://appsforoffice.microsoft.com";

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${OFFICE_SCRIPT_HOST}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self' https://graph.microsoft.com https://login.microsoftonline.com",
  "worker-src 'self'",
  "frame-src 'self' https://login.microsoftonline.com",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self' https://login.microsoftonline.com",
].join("; ");
