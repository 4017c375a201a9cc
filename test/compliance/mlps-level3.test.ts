import { PersistentVolumeClaimV1 } from '@cdktf/provider-kubernetes/lib/persistent-volume-claim-v1';
import { StatefulSetV1 } from '@cdktf/provider-kubernetes/lib/stateful-set-v1';
import { TerraformStack, TerraformVariable } from 'cdktf';
import { BackupPolicy, Image, InstanceGroup, KubernetesCluster, Network, OpenStackSite, Schedule, Segmentation, Size, VlanPool, VsphereSite } from '../../lib';
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

function statefulSet(s: TerraformStack, replicas: string, claims = false): void {
  new StatefulSetV1(s, 'db', {
    metadata: { name: 'db', namespace: 'data' },
    spec: {
      replicas,
      serviceName: 'db',
      volumeClaimTemplate: claims ? [{ metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '10Gi' } } } }] : undefined,
      selector: { matchLabels: { app: 'db' } },
      template: { metadata: { labels: { app: 'db' } }, spec: { container: [{ name: 'db', image: 'postgres:16.4' }] } },
    },
  });
}

/** An OpenStack group with a data volume, labelled for backup, and (if `covered`) a BackupPolicy. */
function protectedEstate(s: TerraformStack, covered: boolean) {
  const site = new OpenStackSite(s, 'dc', { region: 'cn-north-1', availabilityZones: ['az1'] });
  const net = new Network(s, 'net', { site, cidr: '10.0.0.0/16', subnets: [{ name: 'a', cidr: '10.0.1.0/24' }] });
  const group = new InstanceGroup(s, 'db', {
    site, name: 'db', count: 1, size: Size.of(1, 2, 10), image: Image.fromName('u'), networks: [{ network: net }],
    volumes: [{ name: 'data', sizeGiB: 5 }], labels: { 'oscar.io/backup-policy': 'daily' },
  });
  if (covered) new BackupPolicy(s, 'backup', { site, schedule: Schedule.daily(), instanceGroups: [group], runnerNetwork: net, runnerImage: Image.fromName('u') });
  return { site, net };
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
    compliant: (s) => { protectedEstate(s, true); },
    nonCompliant: (s) => { protectedEstate(s, false); },
    message: 'a volume that no BackupPolicy covers',
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

  test('MLPS-10 fails on a stack with an unprotected stateful resource even if it carries a backup label', () => {
    const out = ruleOutcome(pack, 'MLPS-10', (s) => { new BlockstorageVolumeV3(s, 'v', { size: 1, metadata: { 'oscar.io/backup-policy': 'daily-30d' } }); });
    expect(out.findings).toHaveLength(1);
    expect(out.findings[0].message).toContain('its label oscar.io/backup-policy="daily-30d" is not a backup');
  });

  test('MLPS-10: a BackupPolicy covers the volumes of its groups only; another group\'s volume still fails', () => {
    const out = ruleOutcome(pack, 'MLPS-10', (s) => {
      const { site, net } = protectedEstate(s, true);
      new InstanceGroup(s, 'other', { site, name: 'other', count: 1, size: Size.of(1, 2, 10), image: Image.fromName('u'), networks: [{ network: net }], volumes: [{ name: 'logs', sizeGiB: 5 }] });
    });
    expect(out.summary.compliant).toBe(1);
    expect(out.findings).toHaveLength(1);
    expect(out.findings[0].constructPath).toContain('other');
  });

  test('MLPS-10: a runner-like instance without the policy label does not count as a backup', () => {
    const out = ruleOutcome(pack, 'MLPS-10', (s) => {
      const v = new BlockstorageVolumeV3(s, 'v', { size: 1 });
      new ComputeInstanceV2(s, 'vm', { name: 'cron', userData: `backup \${${v.fqn}.id}` });
    });
    expect(out.findings).toHaveLength(1);
  });

  test('MLPS-10 on vSphere: a VM with a data disk needs a snapshot policy', () => {
    const vm = (covered: boolean) => (s: TerraformStack) => {
      const { stack, site } = { stack: s, site: new VsphereSite(s, 'dc', { datacenter: 'dc1', clusters: ['c1'], datastores: ['ds1'], distributedSwitch: 'dvs', providerConfig: { vsphereServer: 'vc', user: 'u', password: new TerraformVariable(s, 'pw', { type: 'string', sensitive: true }).stringValue } }) };
      const net = new Network(stack, 'net', { site, cidr: '10.0.0.0/16', segmentation: Segmentation.vlan({ pool: VlanPool.range(100, 109) }), subnets: [{ name: 'a', cidr: '10.0.1.0/24' }] });
      const g = new InstanceGroup(stack, 'db', { site, name: 'db', count: 1, size: Size.of(1, 2, 10), image: Image.fromName('u'), networks: [{ network: net }], volumes: [{ name: 'data', sizeGiB: 5 }] });
      if (covered) new BackupPolicy(stack, 'backup', { site, schedule: Schedule.daily(), retention: 1, instanceGroups: [g] });
    };
    expect(ruleOutcome(pack, 'MLPS-10', vm(true)).findings).toEqual([]);
    expect(ruleOutcome(pack, 'MLPS-10', vm(false)).findings[0].message).toContain('a VM with 2 disks that no BackupPolicy covers');
  });

  test('MLPS-10 on Kubernetes: a claim the snapshot policy names passes; another claim fails', () => {
    const out = ruleOutcome(pack, 'MLPS-10', (s) => {
      const claim = (id: string) => new PersistentVolumeClaimV1(s, id, { metadata: { name: id, namespace: 'db' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } });
      const covered = claim('covered');
      claim('forgotten');
      new BackupPolicy(s, 'backup', {
        cluster: KubernetesCluster.DEFAULT, namespace: 'db', schedule: Schedule.daily(), persistentVolumeClaims: [covered.metadata.name],
        snapshotDriver: 'csi.vsphere.vmware.com', snapshotImage: 'registry.example.com/kubectl:1.34.4',
      });
    });
    expect(out.summary.compliant).toBe(1);
    expect(out.findings.map((f) => f.constructPath)).toEqual([expect.stringContaining('forgotten')]);
    expect(out.findings[0].message).toContain('a persistent volume claim that no BackupPolicy covers');
  });

  test('MLPS-10: replicas alone no longer protect a StatefulSet with volume claims; one without claims is not judged', () => {
    expect(ruleOutcome(pack, 'MLPS-10', (s) => { statefulSet(s, '3', true); }).findings[0].message).toContain('a StatefulSet with volume claim templates');
    expect(ruleOutcome(pack, 'MLPS-10', (s) => { statefulSet(s, '1'); }).summary.notApplicable).toBe(1);
  });
});
