/**
 * The real @microsoft/microsoft-graph-client with our own middleware chain: our token source
 * through a custom AuthenticationProvider, then a fetch with a time limit. Retries are not done
 * in the chain: the SDK's RetryHandler would repeat a POST whose first attempt may have been
 * carried out (graph-routing.md §4); reads retry in readWithRetry, writes in the outbox.
 */
import { AuthenticationHandler, Client, type AuthenticationProvider, type Context, type Middleware } from "@microsoft/microsoft-graph-client";
import { RequestTimeout } from "./errors";

export interface TokenSource {
  /** A bearer token for these scopes; throws when the user has to sign in. */
  getAccessToken(scopes: readonly string[]): Promise<string>;
}

export class TokenAuthProvider implements AuthenticationProvider {
  constructor(
    private readonly tokens: TokenSource,
    private readonly scopes: readonly string[],
  ) {}

  getAccessToken(): Promise<string> {
    return this.tokens.getAccessToken(this.scopes);
  }
}

export type FetchLike = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

/** Last link of the chain: fetch with an AbortController deadline. */
class TimedFetchHandler implements Middleware {
  constructor(
    private readonly fetchImpl: FetchLike,
    private readonly timeoutMs: number,
  ) {}

  async execute(context: Context): Promise<void> {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), this.timeoutMs);
    try {
      context.response = await this.fetchImpl(context.request as RequestInfo, { ...(context.options as RequestInit), signal: abort.signal });
      // The body is read by the SDK after this returns; keep the deadline on it too.
      const body = await context.response.arrayBuffer();
      context.response = new Response(context.response.status === 204 || context.response.status === 202 ? null : body, { status: context.response.status, statusText: context.response.statusText, headers: context.response.headers });
    } catch (e) {
      if (abort.signal.aborted) throw new RequestTimeout(this.timeoutMs);
      throw e;
    } finally {
      clearTimeout(timer);
    }
  }
}

export interface GraphClientOptions {
  readonly baseUrl: string;
  readonly tokens: TokenSource;
  readonly scopes: readonly string[];
  readonly timeoutMs: number;
  /** The browser's fetch by default; Node tests pass one that trusts the emulator's certificate. */
  readonly fetch?: FetchLike;
}

export function createGraphClient(o: GraphClientOptions): Client {
  const auth = new AuthenticationHandler(new TokenAuthProvider(o.tokens, o.scopes));
  const fetchImpl = o.fetch ?? ((input, init) => fetch(input, init));
  auth.setNext(new TimedFetchHandler(fetchImpl, o.timeoutMs));
  const host = new URL(o.baseUrl).hostname;
  return Client.initWithMiddleware({
    middleware: auth,
    baseUrl: o.baseUrl,
    defaultVersion: "v1.0",
    // The SDK attaches tokens only to Graph hosts and these; the emulator is one of them.
    ...(host === "graph.microsoft.com" ? {} : { customHosts: new Set([host]) }),
  });
}
