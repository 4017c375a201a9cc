import { TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { SecretSource } from '../../lib/openstack';
import { newStack } from '../util/sites';
import { only, rendered, synthStack as synth } from '../util/synth';

test('a generated secret is one random_password, shared by every use', () => {
  const stack = newStack();
  const scope = new Construct(stack, 'c');
  const secret = SecretSource.generate({ length: 40 });
  const first = secret.bind(scope, 'key', 'key');
  const second = secret.bind(new Construct(stack, 'd'), 'key', 'key');
  expect(second).toBe(first);
  expect(only(synth(stack), 'random_password')).toMatchObject({ length: 40, special: false });
  expect(secret.generatedPassword).toBeDefined();
});

test('generated length must be 16-256', () => {
  const stack = newStack();
  expect(() => SecretSource.generate({ length: 8 }).bind(new Construct(stack, 'c'), 'key', 'psk')).toThrow(
    '[test/c] props.psk.length: must be an integer from 16 to 256 (got 8)',
  );
});

test('a sensitive variable is accepted, a plain one is not', () => {
  const stack = newStack();
  const scope = new Construct(stack, 'c');
  const sensitive = new TerraformVariable(stack, 'psk', { type: 'string', sensitive: true });
  const plain = new TerraformVariable(stack, 'plain', { type: 'string' });
  expect(rendered(stack, SecretSource.fromSensitiveVariable(sensitive).bind(scope, 'x', 'psk'))).toBe('${var.psk}');
  expect(() => SecretSource.fromSensitiveVariable(plain).bind(scope, 'x', 'psk')).toThrow(
    '[test/c] props.psk: variable "plain" is not sensitive, so its value would show in plans and logs. Fix: declare the variable with sensitive: true.',
  );
});

test('a token is accepted, a literal is not', () => {
  const stack = newStack();
  const scope = new Construct(stack, 'c');
  const token = new TerraformVariable(stack, 'v', { type: 'string', sensitive: true }).stringValue;
  expect(SecretSource.fromToken(token).bind(scope, 'x', 'password')).toBe(token);
  expect(() => SecretSource.fromToken('hunter2').bind(scope, 'x', 'password')).toThrow(
    '[test/c] props.password: is a literal secret; secrets must never be written in code',
  );
});
