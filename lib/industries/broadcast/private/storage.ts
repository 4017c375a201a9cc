import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { ValidationError } from '../../../core/errors';
import { requireDnsLabel, requireNonEmpty } from '../../../core/private/validate';
import { ObjectContainer, SecretSource } from '../../../openstack';
import { OpenStackSite } from '../../../pool';
import { BlockstorageVolumeTypeV3 } from '../../../providers/openstack/blockstorage-volume-type-v3';
import { BroadcastVideoPlatformProps, BroadcastVolumeTypeOptions, MediaContainerSpec } from '../props';

// Storage of the platform: the two block tiers (volume types) and the Swift media library (internal).

/** @internal A block tier's volume type: its name (or reference) and the created resource. */
export interface VolumeType {
  readonly name: string;
  readonly resource?: BlockstorageVolumeTypeV3;
}

/** @internal The distributed and SAN volume types, created or given by name. */
export function createVolumeTypes(scope: Construct, site: OpenStackSite, props: BroadcastVideoPlatformProps): { distributed: VolumeType; san: VolumeType } {
  return {
    distributed: volumeType(scope, site, 'distributed', 'distributedVolumeType', props.distributedVolumeType, props.existingDistributedVolumeType, 'media-distributed', 'ceph-rbd'),
    san: volumeType(scope, site, 'san', 'sanVolumeType', props.sanVolumeType, props.existingSanVolumeType, 'media-san', 'iscsi-san'),
  };
}

function volumeType(scope: Construct, site: OpenStackSite, id: string, prop: string, options: BroadcastVolumeTypeOptions | undefined, existing: string | undefined, defaultName: string, defaultBackend: string): VolumeType {
  if (existing !== undefined) {
    requireNonEmpty(scope, `existing${prop[0].toUpperCase()}${prop.slice(1)}`, existing);
    return { name: existing, resource: undefined };
  }
  // Volume type names are global per region: a default name carries the platform's prefix.
  const name = options?.name ?? (site.sharedAdminObjects ? defaultName : `${site.platformName}-${defaultName}`);
  const backend = options?.backendName ?? defaultBackend;
  requireNonEmpty(scope, `${prop}.name`, name);
  requireNonEmpty(scope, `${prop}.backendName`, backend);
  const resource = new BlockstorageVolumeTypeV3(scope, `${id}-volume-type`, {
    provider: site.provider,
    name,
    description: `${id} block tier (oscar-blueprints broadcast)`,
    extraSpecs: { volume_backend_name: backend },
    isPublic: site.sharedAdminObjects, // explicit: provider 3.4.0 sends false when unset
  });
  return { name: resource.name, resource };
}

/** @internal The media library: its containers by spec name and the shared keys. */
export interface MediaLibrary {
  readonly containers: { [name: string]: ObjectContainer };
  readonly tempUrlKey: string;
  readonly syncKey?: string;
}

/** @internal The media containers with their temp URL key and, with `containerSync`, their sync key. */
export function createMediaLibrary(scope: Construct, site: OpenStackSite, name: string, props: BroadcastVideoPlatformProps): MediaLibrary {
  const tempUrlKey = props.tempUrlKey ?? SecretSource.generate();
  const syncKey = props.containerSync ? props.containerSync.key ?? SecretSource.generate() : undefined;
  if (props.containerSync) requireNonEmpty(scope, 'containerSync.targetPrefix', props.containerSync.targetPrefix);
  const specs = props.mediaContainers ?? [{ name: 'mezzanine' }, { name: 'renditions' }, { name: 'archive' }];
  const containers: { [name: string]: ObjectContainer } = {};
  const seen = new Set<string>();
  if (specs.length === 0) throw new ValidationError(scope, 'mediaContainers', 'is empty', 'declare at least one container, or leave mediaContainers unset for the defaults');
  // The keys are shared by every container, so the platform owns them: removing a
  // container must not destroy (and so rotate) the key all the others use. They
  // used to live under the first (syncing) container: moved blocks keep them.
  const tempUrlKeyValue = platformKey(scope, tempUrlKey, 'temp-url-key', 'tempUrlKey', `media-${specs[0].name}`);
  const firstSyncing = specs.find((s) => s.sync ?? (props.containerSync !== undefined && s.publicOrigin !== true));
  const syncKeyValue = syncKey ? platformKey(scope, syncKey, 'sync-key', 'containerSync.key', firstSyncing ? `media-${firstSyncing.name}` : undefined) : undefined;
  specs.forEach((spec, i) => {
    const prop = `mediaContainers[${i}]`;
    requireDnsLabel(scope, `${prop}.name`, spec.name);
    if (seen.has(spec.name)) throw new ValidationError(scope, `${prop}.name`, `"${spec.name}" is used twice`, 'give each container its own name');
    seen.add(spec.name);
    containers[spec.name] = mediaContainer(scope, site, name, spec, prop, props, tempUrlKey, syncKey);
  });
  return { containers, tempUrlKey: tempUrlKeyValue, syncKey: syncKeyValue };
}

/** Binds a shared key on the platform. A key generated here is moved from its old owner. */
function platformKey(scope: Construct, source: SecretSource, id: string, prop: string, formerOwnerId: string | undefined): string {
  const value = source.bind(scope, id, prop);
  const password = source.generatedPassword;
  if (password && password.node.scope === scope && formerOwnerId !== undefined) {
    // The former address, from a placeholder at the old construct path (the container
    // is created later, so the path is free); logical IDs depend only on the path.
    const owner = new Construct(scope, formerOwnerId);
    const formerId = TerraformStack.of(scope).getLogicalId(new Construct(owner, id).node);
    scope.node.tryRemoveChild(formerOwnerId);
    password.moveFromId(`random_password.${formerId}`);
  }
  return value;
}

function mediaContainer(scope: Construct, site: OpenStackSite, platformName: string, spec: MediaContainerSpec, prop: string, props: BroadcastVideoPlatformProps, tempUrlKey: SecretSource, syncKey: SecretSource | undefined): ObjectContainer {
  const isPublic = spec.publicOrigin === true;
  const sync = spec.sync ?? (props.containerSync !== undefined && !isPublic);
  if (sync && !props.containerSync) {
    throw new ValidationError(scope, `${prop}.sync`, `container "${spec.name}" asks for container sync, but the platform has no sync target`, 'set containerSync: { targetPrefix: "//realm/cluster/AUTH_account" }, or remove sync');
  }
  const containerName = `${platformName}-${spec.name}`;
  return new ObjectContainer(scope, `media-${spec.name}`, {
    site,
    name: containerName,
    // Unset means the cluster's default policy: a cluster that names policy 0 ("gold")
    // has no "Policy-0" and Swift refuses the container (found by the OpenStack e2e run).
    storagePolicy: spec.storagePolicy ?? props.storagePolicy,
    versioning: spec.versioning ?? true,
    tempUrlKey,
    publicOrigin: isPublic,
    publicRead: isPublic,
    quotaBytes: spec.quotaBytes,
    syncTo: sync ? `${props.containerSync!.targetPrefix.replace(/\/+$/, '')}/${containerName}` : undefined,
    syncKey: sync ? syncKey : undefined,
    metadata: { 'Oscar-Media-Role': isPublic ? 'public-origin' : 'private' },
  });
}
