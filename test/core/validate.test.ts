import { App, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { ValidationError } from '../../lib/core/errors';
import {
  requireAtMostOne,
  requireIntegerAtLeast,
  requireIntegerInRange,
  requireNonEmpty,
  requirePositive,
  requireUnique,
} from '../../lib/core/private/validate';

const stack = new TerraformStack(new App(), 'stack');
const scope = new Construct(stack, 'tier');
const unresolved = new TerraformVariable(stack, 'n', { type: 'number' }).numberValue;

test('errors carry the path and the prop, and format problem + fix', () => {
  const err = new ValidationError(scope, 'replicas', 'an HA tier needs at least 2 members (got 1)', 'set replicas to 2 or more');
  expect(err.message).toBe('[stack/tier] props.replicas: an HA tier needs at least 2 members (got 1). Fix: set replicas to 2 or more.');
  expect(err.constructPath).toBe('stack/tier');
  expect(err.prop).toBe('replicas');
});

test('requireIntegerAtLeast', () => {
  expect(() => requireIntegerAtLeast(scope, 'replicas', 2, 2)).not.toThrow();
  expect(() => requireIntegerAtLeast(scope, 'replicas', 1, 2)).toThrow('[stack/tier] props.replicas: must be an integer >= 2 (got 1)');
  expect(() => requireIntegerAtLeast(scope, 'replicas', 2.5, 2)).toThrow(/integer/);
  expect(() => requireIntegerAtLeast(scope, 'replicas', unresolved, 2)).not.toThrow();
});

test('requireIntegerInRange', () => {
  expect(() => requireIntegerInRange(scope, 'port', 443, 1, 65535)).not.toThrow();
  expect(() => requireIntegerInRange(scope, 'port', 0, 1, 65535)).toThrow('props.port: must be an integer from 1 to 65535 (got 0)');
  expect(() => requireIntegerInRange(scope, 'port', 70000, 1, 65535)).toThrow(/Fix: choose a value in 1-65535/);
});

test('requirePositive', () => {
  expect(() => requirePositive(scope, 'memoryGiB', 0.5)).not.toThrow();
  expect(() => requirePositive(scope, 'memoryGiB', 0)).toThrow('props.memoryGiB: must be a positive number (got 0)');
  expect(() => requirePositive(scope, 'memoryGiB', NaN)).toThrow(/positive/);
});

test('requireNonEmpty', () => {
  expect(() => requireNonEmpty(scope, 'region', 'RegionOne')).not.toThrow();
  expect(() => requireNonEmpty(scope, 'region', '  ')).toThrow('props.region: is required');
  expect(() => requireNonEmpty(scope, 'region', undefined)).toThrow(/required/);
});

test('requireAtMostOne', () => {
  expect(() => requireAtMostOne(scope, { existingNetwork: 'x', networkProps: undefined })).not.toThrow();
  expect(() => requireAtMostOne(scope, { existingNetwork: 'x', networkProps: {} })).toThrow(
    'props.existingNetwork/networkProps: existingNetwork and networkProps are mutually exclusive. Fix: pass only one of existingNetwork, networkProps.',
  );
});

test('requireUnique', () => {
  expect(() => requireUnique(scope, 'zones', ['az1', 'az2'])).not.toThrow();
  expect(() => requireUnique(scope, 'zones', ['az1', 'az2', 'az1'])).toThrow('props.zones: contains "az1" more than once');
});
