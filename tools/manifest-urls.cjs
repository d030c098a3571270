// The manifests are written for the development server; a build for the organisation rewrites
// their addresses: ADAL_ORIGIN replaces https://localhost:3000 everywhere, and ADAL_SUPPORT_URL
// (the organisation's own help or service-desk page) replaces the help page Adal ships, which
// Office shows as SupportUrl and as the "learn more" link of the Word add-in.
"use strict";

const DEV_ORIGIN = "https://localhost:3000";
const HELP_PAGE = `${DEV_ORIGIN}/help.html`;

function xmlAttr(s) {
  return s.replace(/&/gu, "&amp;").replace(/"/gu, "&quot;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;");
}

function rewriteManifest(xml, { origin = DEV_ORIGIN, supportUrl } = {}) {
  for (const [name, url] of [["ADAL_ORIGIN", origin], ["ADAL_SUPPORT_URL", supportUrl]]) {
    if (url !== undefined && !/^https:\/\/[^\s"<>]+$/u.test(url)) throw new Error(`${name} must be an https:// address, not "${url}"`);
  }
  const withHelp = supportUrl ? xml.split(HELP_PAGE).join(xmlAttr(supportUrl)) : xml;
  return withHelp.split(DEV_ORIGIN).join(origin.replace(/\/$/u, ""));
}

module.exports = { DEV_ORIGIN, HELP_PAGE, rewriteManifest };
