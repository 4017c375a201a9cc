import { COMPLIANT, RuleDefinition, StackView, nonCompliant, notApplicable, unresolved } from '../model';
import { isUnresolved } from '../private/attrs';

const DEFAULT_PATTERN = /encrypt|luks/i;

/** The literal name of a volume type created in the same stack that `ref` points at. */
function typeNameInStack(ref: string, stack: StackView): string | undefined {
  const targets = stack.referencesIn(ref).map((a) => stack.byAddress(a)).filter((t) => t?.type.startsWith('openstack_blockstorage_volume_type_'));
  const name = targets.length === 1 ? targets[0]!.attributes.name : undefined;
  return typeof name === 'string' && !isUnresolved(name) ? name : undefined;
}

/** Data volumes use an encrypted volume type (matched by name). */
export const volumeEncryptedType: RuleDefinition = {
  name: 'volume-encrypted-type',
  title: 'Data volumes use an encrypted volume type',
  explanation: 'Data at rest on shared storage must be encrypted. The OpenStack provider has no encryption-type resource, so encryption is an operator-defined volume type that the volume must name.',
  fix: 'Set volume_type to the encrypted volume type of the site (e.g. "luks-encrypted"); configure the name pattern with the pack option encryptedVolumeTypePattern.',
  resourceTypes: ['openstack_blockstorage_volume_v3', 'openstack_blockstorage_volume_v2'],
  check: (r, ctx) => {
    if (r.attributes.image_id !== undefined) return notApplicable('boot volume (created from an image)');
    const type = r.attributes.volume_type;
    const pattern = ctx.params.encryptedVolumeTypePattern ?? DEFAULT_PATTERN;
    if (type === undefined) return nonCompliant('no volume_type: the default type is not known to be encrypted');
    const name = isUnresolved(type) ? typeNameInStack(String(type), ctx.stack) : String(type);
    if (name === undefined) return unresolved('volume_type');
    return pattern.test(name) ? COMPLIANT : nonCompliant(`volume_type "${name}" does not match the encrypted-type pattern ${pattern}`);
  },
};
