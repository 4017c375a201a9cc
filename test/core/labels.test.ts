import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { LabelKeys, Labels } from '../../lib';

function tree() {
  const stack = new TerraformStack(new App(), 'stack');
  const platform = new Construct(stack, 'platform');
  const tier = new Construct(platform, 'tier');
  return { stack, platform, tier };
}

describe('Labels', () => {
  test('labels flow down the tree; nearer scopes and explicit labels win; keys are sorted', () => {
    const { stack, platform, tier } = tree();
    Labels.of(stack).add('env', 'prod');
    Labels.of(stack).add('team', 'core');
    Labels.of(platform).add('team', 'ims');
    expect(Labels.resolve(tier, { tier: 'web' })).toEqual({ env: 'prod', team: 'ims', tier: 'web' });
    expect(Object.keys(Labels.resolve(tier, { a: '1' }))).toEqual(['a', 'env', 'team']);
    expect(Labels.resolve(stack)).toEqual({ env: 'prod', team: 'core' });
  });

  test('remove drops only the scope\'s own label', () => {
    const { stack, platform } = tree();
    Labels.of(stack).add('env', 'prod');
    Labels.of(platform).add('env', 'dev');
    Labels.of(platform).remove('env');
    expect(Labels.resolve(platform)).toEqual({ env: 'prod' });
  });

  test('renders for each target', () => {
    const labels = { b: '2', 'oscar.io/a': '1' };
    // Nova and Keystone reject "/" in tags: the prefix separator is written ":".
    expect(Labels.toOpenStackTags(labels)).toEqual(['b=2', 'oscar.io:a=1']);
    expect(Labels.toOpenStackTags(labels).filter((t) => t.includes('/'))).toEqual([]);
    expect(Labels.toVsphereAnnotation(labels)).toBe('b=2\noscar.io/a=1');
  });

  test('OpenStack tags read back as the labels they came from (and older "/" tags still read)', () => {
    const labels = { b: '2', 'oscar.io/a': '1', 'example.com/x': 'y.z' };
    expect(Object.fromEntries(Labels.toOpenStackTags(labels).map((t) => Labels.fromOpenStackTag(t)).map(({ key, value }) => [key, value]))).toEqual(labels);
    expect(Labels.fromOpenStackTag('oscar.io/tier=audit')).toEqual({ key: 'oscar.io/tier', value: 'audit' });
    expect(Labels.fromOpenStackTag('bare')).toEqual({ key: 'bare', value: '' });
  });

  test.each([
    ['bad key', 'Not Valid'],
    ['bad prefix', 'UPPER.io/x'],
    ['long name', 'x'.repeat(64)],
  ])('rejects an invalid key (%s) with the path and the prop', (_case, key) => {
    const { tier } = tree();
    expect(() => Labels.of(tier).add(key, 'v')).toThrow(`[stack/platform/tier] props.labels["${key}"]: is not a valid label key`);
  });

  test.each(['-v', 'has space', 'x'.repeat(64)])('rejects an invalid value %s', (value) => {
    const { tier } = tree();
    expect(() => Labels.resolve(tier, { k: value })).toThrow(/props\.labels\["k"\]: value .* is not a valid label value.*Fix:/);
  });

  test('accepts an empty value and prefixed keys', () => {
    const { tier } = tree();
    expect(Labels.resolve(tier, { 'app.kubernetes.io/name': 'web', empty: '' })).toEqual({ 'app.kubernetes.io/name': 'web', empty: '' });
  });
});

test('LabelKeys: every key is a valid label key under the oscar.io prefix, and the rules read the same spelling', () => {
  const keys = Object.entries(LabelKeys).filter(([k]) => /^[A-Z_]+$/.test(k)).map(([, v]) => v as string);
  expect(keys.length).toBeGreaterThanOrEqual(14);
  const stack = new TerraformStack(new App(), 'keys');
  for (const key of keys) {
    expect(key).toMatch(/^oscar\.io\/[a-z-]+$/);
    expect(() => Labels.of(stack).add(key, 'x')).not.toThrow();
  }
  expect(LabelKeys.TIER).toBe('oscar.io/tier');
});
