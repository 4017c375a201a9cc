import { VirtualMachine } from '@cdktf/provider-vsphere/lib/virtual-machine';
import { TerraformStack } from 'cdktf';
import { Compliance } from '../../lib/compliance';
import { BlockstorageVolumeV3 } from '../../lib/providers/openstack/blockstorage-volume-v3';
import { ComputeFlavorV2 } from '../../lib/providers/openstack/compute-flavor-v2';
import { ComputeInstanceV2 } from '../../lib/providers/openstack/compute-instance-v2';
import { LbListenerV2 } from '../../lib/providers/openstack/lb-listener-v2';
import { NetworkingNetworkV2 } from '../../lib/providers/openstack/networking-network-v2';
import { describeRules, ruleOutcome } from '../util/compliance';

const TRUST_TAGS = ['oscar.io:geo-location=cn-east-hz-dc1', 'oscar.io:asset=medcloud', 'oscar.io:trust=attested'];

describeRules(Compliance.HEALTHCARE, [
  {
    id: 'HC-1',
    compliant: (s) => { new NetworkingNetworkV2(s, 'n', { name: 'ehr', tags: TRUST_TAGS }); },
    nonCompliant: (s) => { new NetworkingNetworkV2(s, 'n', { name: 'ehr', tags: TRUST_TAGS.slice(0, 1) }); },
    message: 'missing tag(s) oscar.io/asset, oscar.io/trust',
  },
  {
    id: 'HC-2',
    compliant: (s) => { new LbListenerV2(s, 'l', { loadbalancerId: 'lb', protocol: 'TERMINATED_HTTPS', protocolPort: 443 }); },
    nonCompliant: (s) => { new LbListenerV2(s, 'l', { loadbalancerId: 'lb', protocol: 'HTTP', protocolPort: 80 }); },
    message: 'plain HTTP listener',
  },
  {
    id: 'HC-3',
    compliant: (s) => { new BlockstorageVolumeV3(s, 'v', { size: 10, volumeType: 'luks' }); },
    nonCompliant: (s) => { new BlockstorageVolumeV3(s, 'v', { size: 10, volumeType: 'ssd' }); },
    message: 'volume_type "ssd" does not match',
  },
  {
    id: 'HC-4',
    compliant: (s) => { instanceOn(s, { 'aggregate_instance_extra_specs:trusted': 'true', 'aggregate_instance_extra_specs:pool': 'cmp' }); },
    nonCompliant: (s) => { instanceOn(s, { 'aggregate_instance_extra_specs:pool': 'cmp' }); },
    message: 'does not require aggregate_instance_extra_specs:trusted = "true"',
  },
]);

/** An instance on a flavor of the stack with these extra specs. */
function instanceOn(s: TerraformStack, extraSpecs: { [key: string]: string }): void {
  const flavor = new ComputeFlavorV2(s, 'f', { name: 'm1-cmp', vcpus: 2, ram: 4096, disk: 20, extraSpecs });
  new ComputeInstanceV2(s, 'i', { name: 'app-001', flavorId: flavor.id, imageName: 'linux' });
}

describe('HEALTHCARE details', () => {
  const pack = Compliance.HEALTHCARE;
  const labels = (s: TerraformStack, note: string) => new VirtualMachine(s, 'vm', { name: 'vm', resourcePoolId: 'rp', annotation: note });

  test('H6: volumes carry the tags as metadata; vSphere VMs in their annotation', () => {
    const meta = { 'oscar.io/geo-location': 'hz', 'oscar.io/asset': 'a', 'oscar.io/trust': 'attested' };
    expect(ruleOutcome(pack, 'HC-1', (s) => { new BlockstorageVolumeV3(s, 'v', { size: 1, volumeType: 'luks', metadata: meta }); }).findings).toEqual([]);
    expect(ruleOutcome(pack, 'HC-1', (s) => { new BlockstorageVolumeV3(s, 'v', { size: 1, volumeType: 'luks' }); }).findings).toHaveLength(1);
    expect(ruleOutcome(pack, 'HC-1', (s) => { labels(s, 'oscar.io/geo-location=hz\noscar.io/asset=a\noscar.io/trust=attested'); }).findings).toEqual([]);
    expect(ruleOutcome(pack, 'HC-1', (s) => { labels(s, 'oscar.io/geo-location=hz'); }).findings[0].message).toContain('oscar.io/asset, oscar.io/trust');
  });

  test('H1: an instance on a flavor outside the stack (by name) cannot show it requires attested hosts', () => {
    const out = ruleOutcome(pack, 'HC-4', (s) => { new ComputeInstanceV2(s, 'i', { name: 'app-001', flavorName: 'm1.large', imageName: 'linux' }); });
    expect(out.findings[0].message).toContain('the flavor is not one of this stack');
  });
});
