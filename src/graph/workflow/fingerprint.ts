/**
 * What a decision approves: a SHA-256 over the review item's id and its content columns exactly
 * as stored (title, document link, the document's own hash, the findings summary, the units it
 * was sent to). A decision carries the fingerprint it was made on and counts only while the
 * review still has it; any edit of that content asks everyone again.
 */
import type { Review } from "./model";

/** Hex SHA-256 of UTF-8 text (Web Crypto: the browser's, and Node's global one in tests and the bench). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

export const reviewFingerprint = (review: Pick<Review, "content">): Promise<string> => sha256Hex(`adal-review-v1\n${review.content}`);
