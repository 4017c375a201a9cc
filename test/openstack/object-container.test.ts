import { TerraformVariable } from 'cdktf';
import { RemovalPolicy } from '../../lib';
import { ObjectContainer, ObjectContainerProps, SecretSource } from '../../lib/openstack';
import { newStack, siteOf } from '../util/sites';
import { only, resourceList as resources, synthStack as synth } from '../util/synth';

const build = (props: Omit<ObjectContainerProps, 'site'> = {}) => {
  const stack = newStack();
  const container = new ObjectContainer(stack, 'media', { site: siteOf(stack), ...props });
  return { stack, container, json: synth(stack) };
};

test('defaults: private, versioned, retained, never force-destroyed', () => {
  const body = only(build().json, 'openstack_objectstorage_container_v1');
  expect(body).toMatchObject({ name: 'media', versioning: true, force_destroy: false, lifecycle: { prevent_destroy: true } });
  expect(body.container_read).toBeUndefined();
  expect(body.container_write).toBeUndefined();
  expect(body.metadata).toBeUndefined();
});

test('storage policy, quotas, lifecycle metadata and removalPolicy: RemovalPolicy.DESTROY', () => {
  const body = only(build({ storagePolicy: 'ec-archive', quotaBytes: 1e12, quotaObjects: 1000, expireAfterDays: 365, metadata: { Tier: 'archive' }, removalPolicy: RemovalPolicy.DESTROY }).json, 'openstack_objectstorage_container_v1');
  expect(body.storage_policy).toBe('ec-archive');
  expect(body.metadata).toEqual({ 'Quota-Bytes': '1000000000000', 'Quota-Count': '1000', 'Expire-After-Days': '365', 'Tier': 'archive' });
  expect(body.lifecycle).toBeUndefined();
});

test('history-location versioning uses versioning_legacy', () => {
  const body = only(build({ historyLocation: 'media-history' }).json, 'openstack_objectstorage_container_v1');
  expect(body.versioning_legacy).toEqual({ type: 'history', location: 'media-history' });
  expect(body.versioning).toBeUndefined();
});

test('public read only for a declared origin', () => {
  const body = only(build({ publicRead: true, publicOrigin: true }).json, 'openstack_objectstorage_container_v1');
  expect(body.container_read).toBe('.r:*');
});

test('temp URL and sync keys are generated, never literal', () => {
  const { json, container } = build({ tempUrlKey: SecretSource.generate(), syncTo: '//realm/dc2/AUTH_media/media', syncKey: SecretSource.generate() });
  const body = only(json, 'openstack_objectstorage_container_v1');
  expect(body.metadata['Temp-URL-Key']).toMatch(/^\$\{random_password\.media_temp-url-key_[^.]+\.result\}$/);
  expect(body.container_sync_key).toMatch(/^\$\{random_password\.media_sync-key_[^.]+\.result\}$/);
  expect(body.container_sync_to).toBe('//realm/dc2/AUTH_media/media');
  expect(resources(json, 'random_password')).toHaveLength(2);
  expect(container.tempUrlKey).toBeDefined();
});

test('a sensitive variable can provide the temp URL key', () => {
  const stack = newStack();
  const key = new TerraformVariable(stack, 'key', { type: 'string', sensitive: true });
  new ObjectContainer(stack, 'media', { site: siteOf(stack), tempUrlKey: SecretSource.fromSensitiveVariable(key) });
  expect(only(synth(stack), 'openstack_objectstorage_container_v1').metadata['Temp-URL-Key']).toBe('${var.key}');
});

describe('errors', () => {
  const fails = (props: Omit<ObjectContainerProps, 'site'>, message: string | RegExp) => expect(() => build(props)).toThrow(message);
  test('a public container not declared an origin', () => fails({ publicRead: true }, '[test/media] props.publicRead: a publicly readable container must be declared a public origin. Fix: set publicOrigin: true'));
  test('a literal temp URL key', () => fails({ tempUrlKey: SecretSource.fromToken('s3cr3t') }, '[test/media] props.tempUrlKey: is a literal secret'));
  test('versioning and history location', () => fails({ versioning: true, historyLocation: 'h' }, /props.versioning: object versioning and historyLocation are exclusive/));
  test('sync without a key', () => fails({ syncTo: '//r/c/a/x' }, /props.syncKey: container sync needs both syncTo and syncKey/));
  test('sync key without a target', () => fails({ syncKey: SecretSource.generate() }, /props.syncTo: container sync needs both/));
  test('a non-positive quota', () => fails({ quotaBytes: 0 }, /props.quotaBytes: must be an integer >= 1/));
  test('reserved metadata', () => fails({ metadata: { 'temp-url-key': 'x' } }, /props.metadata\["temp-url-key"\]: is managed by a dedicated prop/));
});
