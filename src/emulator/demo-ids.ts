/** Ids of the demo organisation that browser code needs too (no Node imports here). */
export const DEMO_DOMAIN = "adal.test";
export const DEMO_SITE_ID = "adal.test,5a1e0c33-6f2b-4a9d-9a57-0c2f1d3b7e11,8c0b6a52-1d7e-4e5f-b0a9-3e4d5c6b7a80";
