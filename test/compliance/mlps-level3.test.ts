import { StatefulSetV1 } from '@cdktf/provider-kubernetes/lib/stateful-set-v1';
import { TerraformStack } from 'cdktf';
import { Compliance } from '../../lib/compliance';
import { AuditLogSink } from '../../lib/pool';
import { BlockstorageVolumeTypeV3 } from '../../lib/providers/openstack/blockstorage-volume-type-v3';
import { BlockstorageVolumeV3 } from '../../lib/providers/openstack/blockstorage-volume-v3';
import { ComputeInstanceV2 } from '../../lib/providers/openstack/compute-instance-v2';
import { ImagesImageV2 } from '../../lib/providers/openstack/images-image-v2';
import { NetworkingNetworkV2 } from '../../lib/providers/openstack/networking-network-v2';
import { NetworkingSecgroupV2 } from '../../lib/providers/openstack/networking-secgroup-v2';
import { OpenstackProvider } from '../../lib/providers/openstack/provider';
import { describeRules, evaluate, instanceTier, ruleOutcome, sgRule, vsphereTier } from '../util/compliance';

const pack = Compliance.MLPS_LEVEL3.withOptions({ allowedRegions: ['cn-north-1', 'cn-east-2'], sharedNetworkAllowList: ['ext-shared'] });

const image = (visibility: string, isProtected: boolean) => (s: TerraformStack) => {
  new ImagesImageV2(s, 'img', { name: 'img', containerFormat: 'bare', diskFormat: 'qcow2', visibility, protected: isProtected });
};

function statefulSet(s: TerraformStack, replicas: string): void {
  new StatefulSetV1(s, 'db', {
    metadata: { name: 'db', namespace: 'data' },
    spec: {
      replicas,
      serviceName: 'db',
      selector: { matchLabels: { app: 'db' } },
      template: { metadata: { labels: { app: 'db' } }, spec: { container: [{ name: 'db', image: 'postgres:16.4' }] } },
    },
  });
}

describeRules(pack, [
  {
    id: 'MLPS-1',
    compliant: (s) => { new NetworkingNetworkV2(s, 'n', { name: 'tenant' }); new NetworkingNetworkV2(s, 'ext', { name: 'ext-shared', shared: true }); },
    nonCompliant: (s) => { new NetworkingNetworkV2(s, 'n', { name: 'tenant', shared: true }); },
    message: 'network "tenant" is shared with all projects',
  },
  {
    id: 'MLPS-2',
    compliant: (s) => { new NetworkingSecgroupV2(s, 'sg', { name: 'sg', deleteDefaultRules: true }); },
    nonCompliant: (s) => { new NetworkingSecgroupV2(s, 'sg', { name: 'sg', deleteDefaultRules: false }); },
    message: 'delete_default_rules is not true',
  },
  {
    id: 'MLPS-3',
    compliant: (s) => { sgRule(s, 'r', { port: 443, cidr: '0.0.0.0/0' }); },
    nonCompliant: (s) => { sgRule(s, 'r', { port: 1, to: 65535, cidr: '0.0.0.0/0' }); },
    message: 'allows every port',
  },
  {
    id: 'MLPS-4',
    compliant: (s) => { sgRule(s, 'ssh', { port: 22, cidr: '10.20.0.0/24' }); sgRule(s, 'rdp', { port: 3389, remoteGroupId: 'bastion' }); },
    nonCompliant: (s) => { sgRule(s, 'ssh', { port: 22, cidr: '203.0.113.0/24' }); },
    message: 'port(s) 22 open to 203.0.113.0/24',
  },
  {
    id: 'MLPS-5',
    compliant: (s) => { new OpenstackProvider(s, 'os', { region: 'cn-north-1' }); new NetworkingNetworkV2(s, 'n', { name: 'n', region: 'cn-east-2' }); },
    nonCompliant: (s) => { new OpenstackProvider(s, 'os', { region: 'eu-west-1' }); },
    message: 'region "eu-west-1" is not in the allow-list',
  },
  {
    id: 'MLPS-6',
    compliant: (s) => { new BlockstorageVolumeV3(s, 'v', { size: 100, volumeType: 'luks-encrypted' }); new BlockstorageVolumeV3(s, 'boot', { size: 20, imageId: 'img' }); },
    nonCompliant: (s) => { new BlockstorageVolumeV3(s, 'v', { size: 100, volumeType: 'ssd' }); },
    message: 'volume_type "ssd" does not match',
  },
  { id: 'MLPS-7', compliant: image('shared', true), nonCompliant: image('community', true), message: 'visibility is "community"' },
  { id: 'MLPS-8', compliant: image('private', true), nonCompliant: image('private', false), message: 'protected is not true' },
  {
    id: 'MLPS-9',
    // The wiring, not a label: a collector forwarding to a destination, and the app forwarding to the collector.
    compliant: (s) => {
      new ComputeInstanceV2(s, 'collector', { name: 'audit-001', tags: ['oscar.io:audit-sink=audit'], userData: AuditLogSink.userDataForwardingTo({ sinkName: 'x', addresses: ['1.1.1.1'] }).replace('x 1.1.1.1:514', 'audit collector 10.0.0.5:514 -> 10.9.0.1:6514') });
      new ComputeInstanceV2(s, 'app', { name: 'app', userData: AuditLogSink.userDataForwardingTo({ sinkName: 'audit', addresses: ['10.0.0.5'] }) });
    },
    nonCompliant: (s) => { instanceTier(s, { name: 'app' }); instanceTier(s, { name: 'collector', tags: ['oscar.io:tier=audit'] }); },
    message: 'no audit sink: no VM is a log collector (oscar.io/audit-sink) of the stack',
  },
  {
    id: 'MLPS-10',
    compliant: (s) => { statefulSet(s, '3'); new BlockstorageVolumeV3(s, 'v', { size: 1, metadata: { 'oscar.io/backup-policy': 'daily-30d' } }); },
    nonCompliant: (s) => { statefulSet(s, '1'); },
    message: 'spec.replicas is 1',
  },
]);

describe('MLPS_LEVEL3 details', () => {
  test('every MLPS rule cites a GB/T 22239-2019 clause', () => {
    const report = ruleOutcome(Compliance.MLPS_LEVEL3, 'MLPS-1', () => undefined);
    expect(report.summary.control).toMatch(/^8\.2\.2\.1/);
    for (const r of Compliance.MLPS_LEVEL3._rules) expect(r.control).toMatch(/^8\.\d\.\d/);
  });

  test('MLPS-5 without an allow-list is not applicable (and says so)', () => {
    const out = ruleOutcome(Compliance.MLPS_LEVEL3, 'MLPS-5', (s) => { new OpenstackProvider(s, 'os', { region: 'anywhere' }); });
    expect(out.findings).toEqual([]);
    expect(out.summary.notApplicable).toBe(1);
  });

  test('MLPS-6: the encrypted-type pattern is configurable; a volume without type fails', () => {
    const custom = Compliance.MLPS_LEVEL3.withOptions({ encryptedVolumeTypePattern: '^secure-' });
    expect(ruleOutcome(custom, 'MLPS-6', (s) => { new BlockstorageVolumeV3(s, 'v', { size: 1, volumeType: 'secure-ssd' }); }).findings).toEqual([]);
    expect(ruleOutcome(custom, 'MLPS-6', (s) => { new BlockstorageVolumeV3(s, 'v', { size: 1 }); }).findings[0].message).toContain('no volume_type');
  });

  test('MLPS-6: a volume type created in the same stack is judged by its literal name', () => {
    const withType = (typeName: string) => (s: TerraformStack) => {
      const type = new BlockstorageVolumeTypeV3(s, 'type', { name: typeName });
      new BlockstorageVolumeV3(s, 'v', { size: 1, volumeType: type.name });
    };
    expect(ruleOutcome(Compliance.MLPS_LEVEL3, 'MLPS-6', withType('media-san')).findings[0].message).toContain('volume_type "media-san" does not match');
    const encrypted = ruleOutcome(Compliance.MLPS_LEVEL3, 'MLPS-6', withType('luks-media'));
    expect(encrypted.findings).toEqual([]);
    expect(encrypted.summary.compliant).toBe(1);
  });

  test('MLPS-6 on a vSphere stack says it judged nothing and leaves vSphere disks unjudged', () => {
    const report = evaluate((s) => { vsphereTier(s, true); }, Compliance.MLPS_LEVEL3);
    expect(report.unjudged).toContainEqual(expect.stringMatching(/^MLPS-6 \(.*\) judged no resource: it reads openstack_blockstorage_volume_v3.*; its vsphere resources are not judged by it$/));
  });

  test('MLPS-9 is not applicable to a stack without compute', () => {
    const out = ruleOutcome(Compliance.MLPS_LEVEL3, 'MLPS-9', (s) => { new NetworkingNetworkV2(s, 'n', { name: 'n' }); });
    expect(out.summary.notApplicable).toBe(1);
  });

  test('MLPS-10: a volume without a backup policy fails', () => {
    expect(ruleOutcome(pack, 'MLPS-10', (s) => { new BlockstorageVolumeV3(s, 'v', { size: 1 }); }).findings[0].message).toContain('oscar.io/backup-policy');
  });
});
