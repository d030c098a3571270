/**
 * Bearer tokens the emulator issues to its "sign in as" picker and accepts on every call:
 * HMAC-signed with a secret made at start, so a request cannot claim another user by editing
 * the token (the forgery tests rely on createdBy coming from here).
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { EmuStore, EmuUser } from "./store";

const LIFETIME_S = 3600;
const b64url = (b: Buffer | string) => Buffer.from(b).toString("base64url");

export class TokenIssuer {
  private readonly secret = randomBytes(32);

  issue(user: EmuUser): { access_token: string; token_type: "Bearer"; expires_in: number } {
    const payload = b64url(JSON.stringify({ oid: user.id, upn: user.userPrincipalName, name: user.displayName, exp: Math.floor(Date.now() / 1000) + LIFETIME_S }));
    const sig = b64url(createHmac("sha256", this.secret).update(payload).digest());
    return { access_token: `emu.${payload}.${sig}`, token_type: "Bearer", expires_in: LIFETIME_S };
  }

  /** The user a bearer token names, or null when it is missing, forged or expired. */
  verify(store: EmuStore, authorization: string | undefined): EmuUser | null {
    const m = /^Bearer emu\.([\w-]+)\.([\w-]+)$/u.exec(authorization ?? "");
    if (!m) return null;
    const expected = createHmac("sha256", this.secret).update(m[1] as string).digest();
    const given = Buffer.from(m[2] as string, "base64url");
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    const claims = JSON.parse(Buffer.from(m[1] as string, "base64url").toString("utf8")) as { oid: string; exp: number };
    if (claims.exp * 1000 < Date.now()) return null;
    return store.users.get(claims.oid) ?? null;
  }
}
