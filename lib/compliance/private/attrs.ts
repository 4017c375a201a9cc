// Helpers for reading synthesized attributes. cdktf renders a single nested block either as
// an object or as a one-element list, and any value may be an unresolved `${...}` reference:
// every helper tolerates both, so no rule crashes on shape.
import { LabelKeys, Labels } from '../../core/labels';
import { COMPLIANT, NOT_APPLICABLE, RuleResult, StackView, SynthResource, nonCompliant, unresolved } from '../model';

type Obj = { readonly [key: string]: unknown };

/** True for a string holding a Terraform expression (`${...}`): known only at apply time. */
export function isUnresolved(value: unknown): boolean {
  return typeof value === 'string' && value.includes('${');
}

/** True when `value` is an unresolved reference anywhere inside (deep). */
export function containsUnresolved(value: unknown): boolean {
  if (isUnresolved(value)) return true;
  if (Array.isArray(value)) return value.some(containsUnresolved);
  if (isObject(value)) return Object.values(value).some(containsUnresolved);
  return false;
}

export function isObject(value: unknown): value is Obj {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A block or list of blocks as a list of objects (unresolved or scalar entries dropped). */
export function blocks(value: unknown): Obj[] {
  if (Array.isArray(value)) return value.filter(isObject);
  return isObject(value) ? [value] : [];
}

/** The first block of a nested-block attribute, or undefined. */
export function block(value: unknown): Obj | undefined {
  return blocks(value)[0];
}

/** Follows a path of nested blocks (`spec`, `template`, `spec`), taking the first block each time. */
export function dig(value: unknown, ...keys: string[]): Obj | undefined {
  let current: Obj | undefined = block(value);
  for (const key of keys) {
    if (!current) return undefined;
    current = block(current[key]);
  }
  return current;
}

/** True for a literal `true` (Terraform JSON may carry booleans as strings). */
export function isTrue(value: unknown): boolean {
  return value === true || value === 'true';
}

/** A literal string list (non-strings dropped). Undefined when the whole list is unresolved. */
export function stringList(value: unknown): string[] | undefined {
  if (isUnresolved(value)) return undefined;
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** A literal number (numeric strings included), or undefined. */
export function literalNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && !isUnresolved(value) && value.trim() !== '' && !isNaN(Number(value))) return Number(value);
  return undefined;
}

/** One instance of a resource with `for_each`/`count` expanded where they are literal. */
export interface ResourceInstance {
  readonly key: string;
  readonly attributes: Obj;
}

/**
 * The instances of a resource: one per literal `for_each` key (with `${each.key}` and
 * `${each.value.x}` substituted where a value is exactly that expression), `count` copies,
 * or the single resource. Returns undefined when `for_each`/`count` is itself unresolved.
 */
export function instances(resource: SynthResource): ResourceInstance[] | undefined {
  const attrs = resource.attributes;
  const forEach = attrs.for_each;
  if (forEach !== undefined) {
    if (isObject(forEach)) {
      return Object.entries(forEach).map(([key, value]) => ({ key, attributes: substituteEach(attrs, key, value) as Obj }));
    }
    if (Array.isArray(forEach) && forEach.every((k) => typeof k === 'string' && !isUnresolved(k))) {
      return (forEach as string[]).map((key) => ({ key, attributes: substituteEach(attrs, key, key) as Obj }));
    }
    return undefined;
  }
  if (attrs.count !== undefined) {
    const n = literalNumber(attrs.count);
    if (n === undefined) return undefined;
    return Array.from({ length: n }, (_, i) => ({ key: String(i), attributes: attrs }));
  }
  return [{ key: '', attributes: attrs }];
}

function substituteEach(value: unknown, key: string, eachValue: unknown): unknown {
  if (typeof value === 'string') {
    if (value === '${each.key}') return key;
    if (value === '${each.value}') return eachValue;
    const m = /^\$\{each\.value\.([A-Za-z0-9_]+)\}$/.exec(value);
    if (m && isObject(eachValue) && m[1] in eachValue) return eachValue[m[1]];
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => substituteEach(v, key, eachValue));
  if (isObject(value)) {
    const out: { [k: string]: unknown } = {};
    for (const [k, v] of Object.entries(value)) out[k] = k === 'for_each' ? v : substituteEach(v, key, eachValue);
    return out;
  }
  return value;
}

// --- Kubernetes ----------------------------------------------------------------------

/** Workload types and the block path from the resource to its pod spec. */
const POD_SPEC_PATHS: { [type: string]: string[] } = {
  kubernetes_pod_v1: ['spec'],
  kubernetes_pod: ['spec'],
  kubernetes_deployment_v1: ['spec', 'template', 'spec'],
  kubernetes_deployment: ['spec', 'template', 'spec'],
  kubernetes_stateful_set_v1: ['spec', 'template', 'spec'],
  kubernetes_stateful_set: ['spec', 'template', 'spec'],
  kubernetes_daemon_set_v1: ['spec', 'template', 'spec'],
  kubernetes_daemonset: ['spec', 'template', 'spec'],
  kubernetes_job_v1: ['spec', 'template', 'spec'],
  kubernetes_job: ['spec', 'template', 'spec'],
  kubernetes_cron_job_v1: ['spec', 'job_template', 'spec', 'template', 'spec'],
  kubernetes_cron_job: ['spec', 'job_template', 'spec', 'template', 'spec'],
};

/** Every Terraform type that carries a pod template. */
export const POD_WORKLOAD_TYPES: readonly string[] = Object.keys(POD_SPEC_PATHS);

/** Deployment-like types (long-running, replicated). */
export const REPLICATED_WORKLOAD_TYPES: readonly string[] = [
  'kubernetes_deployment_v1', 'kubernetes_deployment', 'kubernetes_stateful_set_v1', 'kubernetes_stateful_set',
];

/** The pod spec of a workload, or undefined. */
export function podSpec(resource: SynthResource): Obj | undefined {
  const path = POD_SPEC_PATHS[resource.type];
  if (!path) return undefined;
  return dig(resource.attributes, ...path);
}

/** The pod template's metadata (labels) of a workload, or the pod's own metadata. */
export function podMetadata(resource: SynthResource): Obj | undefined {
  const path = POD_SPEC_PATHS[resource.type];
  if (!path) return undefined;
  return dig(resource.attributes, ...path.slice(0, -1), 'metadata');
}

/** Containers and init containers of a pod spec. */
export function containers(spec: Obj | undefined): Obj[] {
  if (!spec) return [];
  return [...blocks(spec.container), ...blocks(spec.init_container)];
}

/** A container's display name for messages. */
export function containerName(container: Obj): string {
  return typeof container.name === 'string' ? container.name : '(unnamed)';
}

/** The literal string map at `value` (labels), dropping non-string entries. */
export function stringMap(value: unknown): { [key: string]: string } {
  const out: { [key: string]: string } = {};
  if (isObject(value)) for (const [k, v] of Object.entries(value)) if (typeof v === 'string') out[k] = v;
  return out;
}

const NON_PRODUCTION = /^(dev|develop|development|test|testing|qa|staging|stage|sandbox|sit|uat|ci)$/i;
const ENVIRONMENT_LABELS = [LabelKeys.ENVIRONMENT, 'environment', 'env', 'app.kubernetes.io/environment'];

const NAMESPACE_TYPES = ['kubernetes_namespace_v1', 'kubernetes_namespace'];

/**
 * The namespace of a Kubernetes resource: a literal `metadata.namespace`, or the name and
 * labels of the namespace resource of the stack it references. Undefined when unknown.
 */
export function namespaceOf(resource: SynthResource, stack?: StackView): { name?: string; labels: { [key: string]: string } } | undefined {
  const ns = block(resource.attributes.metadata)?.namespace;
  if (typeof ns !== 'string') return undefined;
  if (!isUnresolved(ns)) return { name: ns, labels: {} };
  const target = stack?.referencesIn(ns).map((a) => stack.byAddress(a)).find((r) => r && NAMESPACE_TYPES.includes(r.type));
  if (!target) return undefined;
  const meta = block(target.attributes.metadata);
  return { name: typeof meta?.name === 'string' && !isUnresolved(meta.name) ? meta.name : undefined, labels: stringMap(meta?.labels) };
}

/**
 * Whether a Kubernetes resource is production. The FINANCE pack treats everything as
 * production unless an environment label (`oscar.io/environment`, `environment`, `env`) on
 * the workload, its pod template or its namespace, or the namespace name, names a
 * non-production environment (dev, test, qa, staging, ...).
 */
export function isProduction(resource: SynthResource, stack?: StackView): boolean {
  const meta = block(resource.attributes.metadata);
  const ns = namespaceOf(resource, stack);
  const labels = { ...(ns?.labels ?? {}), ...stringMap(meta?.labels), ...stringMap(podMetadata(resource)?.labels) };
  for (const key of ENVIRONMENT_LABELS) {
    if (labels[key] !== undefined) return !NON_PRODUCTION.test(labels[key]);
  }
  return !ns?.name?.split(/[-_.]/).some((part) => NON_PRODUCTION.test(part));
}

// --- OpenStack / generic -----------------------------------------------------------

/**
 * Tags (`key=value` strings) of an OpenStack resource as a map keyed by label key:
 * `oscar.io:tier=web` (the tag-safe form Nova and Keystone accept) reads as
 * `oscar.io/tier`, as does a tag written with a literal `/`.
 */
export function openstackTags(attrs: Obj): { [key: string]: string } {
  const out: { [key: string]: string } = {};
  for (const tag of stringList(attrs.tags) ?? []) {
    const { key, value } = Labels.fromOpenStackTag(tag);
    out[key] = value;
  }
  return out;
}

/**
 * The library's labels on a synthesized resource, however its target renders them:
 * Kubernetes metadata labels, OpenStack tags (`key=value`) and metadata, vSphere
 * annotation lines (`key=value`).
 */
export function resourceLabels(r: SynthResource): { [key: string]: string } {
  if (r.type.startsWith('kubernetes')) return stringMap(block(r.attributes.metadata)?.labels);
  if (r.type.startsWith('vsphere')) {
    const out: { [key: string]: string } = {};
    const text = r.attributes.annotation;
    for (const line of typeof text === 'string' ? text.split('\n') : []) {
      const eq = line.indexOf('=');
      if (eq > 0) out[line.slice(0, eq)] = line.slice(eq + 1);
    }
    return out;
  }
  return { ...stringMap(r.attributes.metadata), ...openstackTags(r.attributes) };
}

/** True if `cidr` is a literal that denotes the whole Internet. */
export function isWorldCidr(cidr: unknown): boolean {
  return cidr === '0.0.0.0/0' || cidr === '::/0' || cidr === '::0/0';
}

/** True if `cidr` is a literal private (RFC 1918, RFC 6598 shared, IPv6 ULA, loopback) prefix. */
export function isPrivateCidr(cidr: string): boolean {
  const v4 = /^(\d+)\.(\d+)\.(\d+)\.(\d+)\/(\d+)$/.exec(cidr);
  if (v4) {
    const [a, b, prefix] = [Number(v4[1]), Number(v4[2]), Number(v4[5])];
    if (a === 10 && prefix >= 8) return true;
    if (a === 172 && b >= 16 && b <= 31 && prefix >= 12) return true;
    if (a === 192 && b === 168 && prefix >= 16) return true;
    if (a === 100 && b >= 64 && b <= 127 && prefix >= 10) return true;
    return a === 127;
  }
  const lower = cidr.toLowerCase();
  return /^f[cd][0-9a-f]{0,2}:/.test(lower) && Number(lower.split('/')[1]) >= 7;
}

/** The TCP ports that must never be open to the world: SSH, RDP and common databases. */
export const ADMIN_PORTS: readonly number[] = [22, 3389];
export const DATABASE_PORTS: readonly number[] = [5432, 3306, 1433, 1521, 6379, 27017];

/**
 * An ingress `openstack_networking_secgroup_rule_v2` as numbers: which TCP ports it opens
 * (`all` when no range is given) and whether anything is unresolved.
 */
export interface IngressRuleView {
  readonly ingress: boolean;
  readonly tcp: boolean;
  readonly allPorts: boolean;
  readonly min: number;
  readonly max: number;
  /** Literal source prefix. Undefined when the source is a remote group or unresolved. */
  readonly source?: string;
  /** True when no source is given at all (the provider's default: any address). */
  readonly anySource: boolean;
  readonly unresolved?: string;
}

export function ingressRule(attrs: Obj): IngressRuleView {
  const ingress = attrs.direction === 'ingress';
  const protocol = attrs.protocol;
  const tcp = protocol === undefined || protocol === '' || protocol === 'tcp' || protocol === '6' || protocol === 'any';
  const unresolvedAttr = ['direction', 'protocol', 'port_range_min', 'port_range_max', 'remote_ip_prefix'].find((k) => isUnresolved(attrs[k]));
  const lo = literalNumber(attrs.port_range_min);
  const hi = literalNumber(attrs.port_range_max);
  const allPorts = (lo === undefined && hi === undefined) || (lo === 0 && (hi === 0 || hi === 65535)) || (lo === 1 && hi === 65535);
  const prefix = attrs.remote_ip_prefix;
  const hasGroup = attrs.remote_group_id !== undefined || attrs.remote_address_group_id !== undefined;
  return {
    ingress,
    tcp,
    allPorts,
    min: lo ?? hi ?? 0,
    max: hi ?? lo ?? 65535,
    source: typeof prefix === 'string' && !isUnresolved(prefix) ? prefix : undefined,
    anySource: (prefix === undefined || prefix === '') && !hasGroup,
    unresolved: unresolvedAttr,
  };
}

/** The ports of `ports` that `rule` opens. */
export function openedPorts(rule: IngressRuleView, ports: readonly number[]): number[] {
  if (!rule.ingress || !rule.tcp) return [];
  return ports.filter((p) => rule.allPorts || (p >= rule.min && p <= rule.max));
}

/**
 * Runs `problem` on every container of a workload's pod spec and turns the problems into a
 * result: NOT_APPLICABLE for non-workloads, NON_COMPLIANT listing each container's problem.
 * `problem` returns undefined when the container is fine and null when it cannot be judged
 * (an unresolved value): with no problem found, the result is then not-applicable.
 */
export function checkContainers(resource: SynthResource, problem: (container: Obj, spec: Obj) => string | undefined | null): RuleResult {
  const spec = podSpec(resource);
  if (!spec) return NOT_APPLICABLE;
  const outcomes = containers(spec).map((c) => [containerName(c), problem(c, spec)] as const);
  const problems = outcomes.filter(([, p]) => typeof p === 'string').map(([name, p]) => `container ${name}: ${p}`);
  if (problems.length) return nonCompliant(problems.join('; '));
  const unknown = outcomes.filter(([, p]) => p === null).map(([name]) => name);
  return unknown.length ? unresolved(`container(s) ${unknown.join(', ')}`) : COMPLIANT;
}

/** Whether an image reference is pinned by digest, tagged, or neither (undefined when unresolved). */
export function imageRef(image: unknown): { digest: boolean; tag?: string } | undefined {
  if (typeof image !== 'string' || isUnresolved(image)) return undefined;
  if (image.includes('@sha256:')) return { digest: true };
  const lastSegment = image.slice(image.lastIndexOf('/') + 1);
  const colon = lastSegment.lastIndexOf(':');
  return { digest: false, tag: colon >= 0 ? lastSegment.slice(colon + 1) : undefined };
}
