// A minimal Kubernetes API client for the e2e checks: Node's https with the bearer
// token and CA that start.sh wrote into env.json. No client library: the checks only
// GET lists and POST dry-run pods.
import { readFileSync } from 'fs';
import * as https from 'https';
import type { E2eEnv } from '../harness';

export type { E2eEnv };

/** Cluster "a" (kubeconfig context cluster-a, the current one) or "b" (cluster-b). */
export type Cluster = 'a' | 'b';
export const CLUSTERS: Cluster[] = ['a', 'b'];

export interface Response { status: number; body: any }

export class Kube {
  private readonly ca: Buffer;

  constructor(private readonly env: E2eEnv, public readonly cluster: Cluster) {
    this.ca = readFileSync(need(env, 'E2E_K8S_CA'));
  }

  request(method: string, path: string, body?: unknown): Promise<Response> {
    const url = new URL(path, need(this.env, this.cluster === 'a' ? 'E2E_K8S_SERVER_A' : 'E2E_K8S_SERVER_B'));
    const payload = body === undefined ? undefined : JSON.stringify(body);
    return new Promise((resolve, reject) => {
      const req = https.request(url, {
        method,
        ca: this.ca,
        timeout: 20_000,
        headers: {
          'Authorization': `Bearer ${need(this.env, 'E2E_K8S_TOKEN')}`,
          'Accept': 'application/json',
          ...(payload ? { 'Content-Type': 'application/json' } : {}),
        },
      }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          let parsed: unknown = text;
          try { parsed = JSON.parse(text); } catch { /* not JSON: keep the text */ }
          resolve({ status: res.statusCode ?? 0, body: parsed });
        });
      });
      req.on('timeout', () => req.destroy(new Error(`${method} ${url} timed out`)));
      req.on('error', reject);
      req.end(payload);
    });
  }

  /** GET that must succeed; 404 returns undefined. */
  async get(path: string): Promise<any> {
    const res = await this.request('GET', path);
    if (res.status === 404) return undefined;
    if (res.status !== 200) throw new Error(`cluster ${this.cluster}: GET ${path} -> ${res.status}: ${message(res)}`);
    return res.body;
  }

  /** Items of a list; 404 (e.g. a CRD not installed) is an empty list. */
  async list(path: string): Promise<any[]> {
    return (await this.get(path))?.items ?? [];
  }

  /** GET that must find the object. */
  async must(path: string, what: string): Promise<any> {
    const obj = await this.get(path);
    if (obj === undefined) throw new Error(`cluster ${this.cluster}: ${what} not found (${path})`);
    return obj;
  }
}

export function message(res: Response): string {
  return typeof res.body === 'object' && res.body?.message ? res.body.message : String(res.body).slice(0, 300);
}

function need(env: E2eEnv, name: string): string {
  const v = env.env[name];
  if (!v) throw new Error(`env.json has no env.${name}: was it written by test/e2e/kubernetes/start.sh?`);
  return v;
}

/** CPU quantity ("2", "500m") in cores. */
export function cpuCores(q: string): number {
  return q.endsWith('m') ? Number(q.slice(0, -1)) / 1000 : Number(q);
}
