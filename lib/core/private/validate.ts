import { Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { ValidationError } from '../errors';
import { Names } from '../names';

// Literal-input checks shared by all constructs. Each skips unresolved tokens:
// a value only known at apply time cannot be judged at synth.

/** Throws unless `value` is an integer >= `min`. */
export function requireIntegerAtLeast(scope: IConstruct, prop: string, value: number, min: number, fix?: string): void {
  if (Token.isUnresolved(value)) return;
  if (!Number.isInteger(value) || value < min) {
    throw new ValidationError(scope, prop, `must be an integer >= ${min} (got ${value})`, fix ?? `set ${prop} to ${min} or more`);
  }
}

/** Throws unless `min <= value <= max` and `value` is an integer. */
export function requireIntegerInRange(scope: IConstruct, prop: string, value: number, min: number, max: number): void {
  if (Token.isUnresolved(value)) return;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ValidationError(scope, prop, `must be an integer from ${min} to ${max} (got ${value})`, `choose a value in ${min}-${max}`);
  }
}

/** Throws unless `value` is a finite number > 0. */
export function requirePositive(scope: IConstruct, prop: string, value: number): void {
  if (Token.isUnresolved(value)) return;
  if (!Number.isFinite(value) || value <= 0) {
    throw new ValidationError(scope, prop, `must be a positive number (got ${value})`, `set ${prop} to a value greater than 0`);
  }
}

/** Throws when a required string is empty. */
export function requireNonEmpty(scope: IConstruct, prop: string, value: string | undefined): void {
  if (value !== undefined && Token.isUnresolved(value)) return;
  if (value === undefined || value.trim() === '') {
    throw new ValidationError(scope, prop, 'is required and must not be empty', `pass a non-empty ${prop}`);
  }
}

/** Throws when both of two mutually exclusive props are given (an L3's `existingX` vs `xProps`). */
export function requireAtMostOne(scope: IConstruct, props: Record<string, unknown>): void {
  const given = Object.keys(props).filter((k) => props[k] !== undefined);
  if (given.length > 1) {
    throw new ValidationError(scope, given.join('/'), `${given.join(' and ')} are mutually exclusive`, `pass only one of ${given.join(', ')}`);
  }
}

/** Throws when a value repeats in a list, naming the first duplicate. */
export function requireUnique(scope: IConstruct, prop: string, values: readonly string[]): void {
  const seen = new Set<string>();
  for (const v of values) {
    if (Token.isUnresolved(v)) continue;
    if (seen.has(v)) {
      throw new ValidationError(scope, prop, `contains "${v}" more than once`, 'remove the duplicate');
    }
    seen.add(v);
  }
}

/** Throws unless `value` is a DNS-1123 label. Names the prop and suggests a valid spelling. */
export function requireDnsLabel(scope: IConstruct, prop: string, value: string): void {
  if (Token.isUnresolved(value)) return;
  if (!Names.isDnsLabel(value)) {
    const suggestion = Names.toDnsLabel(value).slice(0, 63).replace(/-+$/, '');
    throw new ValidationError(
      scope,
      prop,
      `"${value}" is not a DNS-1123 label (lower-case a-z, 0-9 and '-', starting and ending alphanumeric, at most 63 characters)`,
      suggestion ? `use "${suggestion}"` : 'use a name such as "app-1"',
    );
  }
}
