import { Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { ValidationError } from '../../core/errors';

// Kubernetes resource quantities (k8s.io/apimachinery resource.Quantity):
// <signed number><suffix>, suffix binary (Ki..Ei), decimal SI (n u m "" k M G T P E)
// or a decimal exponent (e3, E6). Parsed into base units (cores, bytes) as numbers.
const QUANTITY = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?\d+)?$/;
const SUFFIX: Record<string, number> = {
  Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60,
  n: 1e-9, u: 1e-6, m: 1e-3, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18,
};

/** Parses a Kubernetes quantity into base units, or returns undefined when it is not one. */
export function parseQuantity(value: string): number | undefined {
  const match = QUANTITY.exec(value.trim());
  if (!match) return undefined;
  const n = Number(match[1]);
  const suffix = match[2];
  if (!suffix) return n;
  if (/^[eE]/.test(suffix)) return n * 10 ** Number(suffix.slice(1));
  return n * SUFFIX[suffix];
}

/**
 * Parses a quantity prop, throwing a ValidationError that names the prop when it is
 * malformed or negative. Returns undefined for unresolved tokens (not judged at synth).
 */
export function requireQuantity(scope: IConstruct, prop: string, value: string): number | undefined {
  if (Token.isUnresolved(value)) return undefined;
  const parsed = parseQuantity(value);
  if (parsed === undefined || parsed < 0) {
    throw new ValidationError(scope, prop, `"${value}" is not a Kubernetes quantity`, 'write e.g. "250m" or "2" for CPU, "512Mi" or "4Gi" for memory and storage');
  }
  return parsed;
}

/** Renders base units back into a readable quantity for error messages. */
export function formatQuantity(value: number, kind: 'cpu' | 'bytes'): string {
  if (kind === 'cpu') return Number.isInteger(value) ? String(value) : `${Math.round(value * 1000)}m`;
  for (const [suffix, factor] of [['Ti', 2 ** 40], ['Gi', 2 ** 30], ['Mi', 2 ** 20], ['Ki', 2 ** 10]] as const) {
    if (value >= factor) return `${+(value / factor).toFixed(2)}${suffix}`;
  }
  return String(value);
}
