import { VirtualMachine } from '@cdktf/provider-vsphere/lib/virtual-machine';
import { TerraformStack } from 'cdktf';
import { Compliance } from '../../lib/compliance';
import { BlockstorageVolumeV3 } from '../../lib/providers/openstack/blockstorage-volume-v3';
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
]);

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
});
