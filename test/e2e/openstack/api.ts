// A tiny OpenStack API client for the e2e checks: a Keystone token, the service catalog
// and fetch. Node built-ins only; every error carries the API's own status and message.

/** The shape of test/e2e/harness.ts's E2eEnv (declared here so this folder stands alone). */
export interface E2eEnv {
  readonly target?: string;
  readonly stateDir: string;
  readonly env: Record<string, string>;
  readonly providers: Record<string, Record<string, unknown>>;
  readonly context: Record<string, unknown>;
}

interface Endpoint { readonly interface: string; readonly region_id: string; readonly url: string }
interface CatalogEntry { readonly type: string; readonly endpoints: Endpoint[] }

export class Session {
  private constructor(readonly token: string, readonly projectId: string, private readonly catalog: CatalogEntry[]) {}

  /** A token for the admin user, scoped to the named project (admin by default). */
  static async login(env: E2eEnv, projectName = 'admin'): Promise<Session> {
    const e = env.env;
    const res = await fetch(`${e.OS_AUTH_URL}/auth/tokens`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        auth: {
          identity: { methods: ['password'], password: { user: { name: e.OS_USERNAME, domain: { name: e.OS_USER_DOMAIN_NAME }, password: e.OS_PASSWORD } } },
          scope: { project: { name: projectName, domain: { name: e.OS_PROJECT_DOMAIN_NAME } } },
        },
      }),
    });
    if (!res.ok) throw new Error(`keystone login to project ${projectName}: ${res.status} ${await res.text()}`);
    const body: any = await res.json();
    return new Session(res.headers.get('x-subject-token')!, body.token.project.id, body.token.catalog ?? []);
  }

  /** The public URL of a service type in a region. */
  url(type: string, region: string): string {
    const entry = this.catalog.find((c) => c.type === type);
    const ep = entry?.endpoints.find((x) => x.interface === 'public' && x.region_id === region);
    if (!ep) throw new Error(`no public ${type} endpoint in region ${region}`);
    return ep.url.replace(/\/$/, '');
  }

  /** JSON from an API; throws with the API's status and body. `null` for a 404 when `allow404`. */
  async call(type: string, region: string, path: string, init: RequestInit & { allow404?: boolean } = {}): Promise<any> {
    const headers: Record<string, string> = { 'X-Auth-Token': this.token, Accept: 'application/json', ...(init.headers as any) };
    if (init.body) headers['Content-Type'] ??= 'application/json';
    // Nova: the newest behaviour (host attributes, tags); Octavia/others ignore it.
    if (type === 'compute') headers['OpenStack-API-Version'] = 'compute 2.90';
    const url = `${this.url(type, region)}${path}`;
    const method = init.method ?? 'GET';
    // A keep-alive connection the server has just closed fails once: retry what is idempotent.
    const res = await fetch(url, { ...init, headers }).catch((e) => {
      if (method === 'POST') throw e;
      return fetch(url, { ...init, headers });
    });
    if (res.status === 404 && init.allow404) return null;
    if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${url}: ${res.status} ${(await res.text()).slice(0, 500)}`);
    const text = await res.text();
    return text ? JSON.parse(text) : {};
  }
}

/** Polls `fn` until it stops throwing, at most `seconds`; rethrows the last error. */
export async function eventually<T>(seconds: number, fn: () => Promise<T>): Promise<T> {
  const end = Date.now() + seconds * 1000;
  for (;;) {
    try {
      return await fn();
    } catch (e) {
      if (Date.now() > end) throw e;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

export function assert(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(message);
}
