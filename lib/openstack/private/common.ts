// Internal helpers shared by the OpenStack service constructs (not exported from the
// package root): tags, physical names, retention and literal-input checks.
import { TerraformResourceLifecycle, Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { ValidationError } from '../../core/errors';
import { Labels } from '../../core/labels';
import { Names } from '../../core/names';
import { parseCidr } from '../../core/private/cidr';
import { requireIntegerInRange, requireNonEmpty } from '../../core/private/validate';
import { RemovalPolicy, retains } from '../../core/removal-policy';

/** OpenStack `tags` for a construct: inherited labels plus `extra`, in the one tags shape. */
export function openStackTags(scope: IConstruct, extra?: { [key: string]: string }): string[] {
  return Labels.toOpenStackTags(Labels.resolve(scope, extra));
}

/** The given physical name (must not be empty) or the library's stable name for `scope`. */
export function physicalName(scope: IConstruct, name: string | undefined): string {
  if (name === undefined) return Names.resourceName(scope);
  requireNonEmpty(scope, 'name', name);
  return name;
}

/** `prevent_destroy` for stateful resources, on unless the caller opts out. */
export function retainLifecycle(policy: RemovalPolicy | undefined): TerraformResourceLifecycle | undefined {
  return retains(policy) ? { preventDestroy: true } : undefined;
}

/** Throws unless `port` is a TCP/UDP port (1-65535). */
export function requirePort(scope: IConstruct, prop: string, port: number): void {
  requireIntegerInRange(scope, prop, port, 1, 65535);
}

/**
 * Throws unless `cidr` is an IPv4 or IPv6 network such as `10.0.0.0/24` (host bits
 * clear). Returns the IP version, or `undefined` for an unresolved token.
 */
export function requireCidr(scope: IConstruct, prop: string, cidr: string): number | undefined {
  if (Token.isUnresolved(cidr)) return undefined;
  return parseCidr(scope, prop, cidr).version;
}

/** True when a literal CIDR admits every address (`0.0.0.0/0`, `::/0`). */
export function isWorldOpen(cidr: string): boolean {
  return !Token.isUnresolved(cidr) && /\/0+$/.test(cidr.trim());
}

/** Throws unless a literal `value` is one of `allowed`. */
export function requireOneOf(scope: IConstruct, prop: string, value: string, allowed: readonly string[], problem?: string): void {
  if (Token.isUnresolved(value)) return;
  if (!allowed.includes(value)) {
    throw new ValidationError(scope, prop, problem ?? `"${value}" is not supported`, `use one of ${allowed.map((a) => `"${a}"`).join(', ')}`);
  }
}

/** Throws when a list that must name at least one item is empty (skips list tokens). */
export function requireNotEmptyList(scope: IConstruct, prop: string, values: readonly unknown[] | undefined, fix: string): void {
  if (values !== undefined && Token.isUnresolved(values)) return;
  if (!values || values.length === 0) {
    throw new ValidationError(scope, prop, 'must not be empty', fix);
  }
}
