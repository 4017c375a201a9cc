import { TerraformStack, TerraformVariable } from 'cdktf';
import { Compliance } from '../../lib/compliance';
import { ComputeInstanceV2 } from '../../lib/providers/openstack/compute-instance-v2';
import { ImagesImageV2 } from '../../lib/providers/openstack/images-image-v2';
import { NetworkingNetworkV2 } from '../../lib/providers/openstack/networking-network-v2';
import { NetworkingPortV2 } from '../../lib/providers/openstack/networking-port-v2';
import { NetworkingRouterInterfaceV2 } from '../../lib/providers/openstack/networking-router-interface-v2';
import { NetworkingRouterV2 } from '../../lib/providers/openstack/networking-router-v2';
import { NetworkingSubnetV2 } from '../../lib/providers/openstack/networking-subnet-v2';
import { NetworkingSecgroupV2 } from '../../lib/providers/openstack/networking-secgroup-v2';
import { OpenstackProvider } from '../../lib/providers/openstack/provider';
import { deployment, describeRules, ruleOutcome, sgRule } from '../util/compliance';

const image = (visibility: string) => (s: TerraformStack) =>
  new ImagesImageV2(s, 'img', { name: 'img', containerFormat: 'bare', diskFormat: 'qcow2', visibility, protected: true });

describeRules(Compliance.SECURITY_BASELINE, [
  {
    id: 'SEC-1',
    compliant: (s) => { sgRule(s, 'ssh', { port: 22, cidr: '10.0.0.0/24' }); sgRule(s, 'https', { port: 443, cidr: '0.0.0.0/0' }); },
    nonCompliant: (s) => { sgRule(s, 'pg', { port: 5000, to: 6000, cidr: '::/0' }); },
    message: /ingress from ::\/0 opens port\(s\) 5432/,
  },
  {
    id: 'SEC-2',
    compliant: (s) => { new NetworkingSecgroupV2(s, 'sg', { name: 'sg', deleteDefaultRules: true }); },
    nonCompliant: (s) => { new NetworkingSecgroupV2(s, 'sg', { name: 'sg' }); },
    message: 'delete_default_rules is not true',
  },
  {
    id: 'SEC-3',
    compliant: (s) => {
      const pw = new TerraformVariable(s, 'pw', { type: 'string', sensitive: true });
      new OpenstackProvider(s, 'os', { password: pw.stringValue });
    },
    nonCompliant: (s) => { new OpenstackProvider(s, 'os', { password: 'hunter2-in-git' }); },
    message: 'literal secret value in password',
  },
  {
    id: 'SEC-4',
    compliant: (s) => { new ComputeInstanceV2(s, 'vm', { name: 'vm', keyPair: 'ops' }); },
    nonCompliant: (s) => {
      const pw = new TerraformVariable(s, 'pw', { type: 'string', sensitive: true });
      new ComputeInstanceV2(s, 'vm', { name: 'vm', adminPass: pw.stringValue });
    },
    message: 'admin_pass is set',
  },
  { id: 'SEC-5', compliant: image('private'), nonCompliant: image('public'), message: 'visibility is "public"' },
  {
    id: 'SEC-6',
    compliant: (s) => { deployment(s, 'web'); },
    nonCompliant: (s) => { deployment(s, 'web', { nonRoot: false }); },
    message: 'container app: run_as_non_root is not set',
  },

  {
    id: 'SEC-7',
    compliant: (s) => { deployment(s, 'web'); },
    nonCompliant: (s) => { deployment(s, 'web', { privileged: true }); },
    message: 'container app: privileged = true',
  },
  {
    id: 'SEC-8',
    compliant: (s) => { deployment(s, 'web'); },
    nonCompliant: (s) => { deployment(s, 'web', { resources: false }); },
    message: 'missing resources requests.cpu, requests.memory, limits.memory',
  },
  {
    id: 'SEC-9',
    compliant: (s) => { deployment(s, 'web', { image: 'nginx:1.27.3' }); },
    nonCompliant: (s) => { deployment(s, 'web', { image: 'registry.example:5000/team/nginx' }); },
    message: 'has no tag',
  },
  {
    id: 'SEC-10',
    compliant: (s) => { sgRule(s, 'https', { port: 443, cidr: '0.0.0.0/0' }); },
    nonCompliant: (s) => { sgRule(s, 'all', { cidr: '0.0.0.0/0', protocol: '' }); },
    message: 'allows every protocol',
  },
  {
    id: 'SEC-11',
    compliant: (s) => { routedPlane(s, 'tenant'); },
    nonCompliant: (s) => { routedPlane(s, 'storage'); },
    message: /router interface on openstack_networking_network_v2\.net, a storage plane/,
  },
]);

/** A network tagged as a plane, its subnet, and a router interface on it (through the subnet or a port). */
function routedPlane(s: TerraformStack, plane: string, via: 'subnet' | 'port' = 'subnet'): void {
  const net = new NetworkingNetworkV2(s, 'net', { name: plane, tags: [`oscar.io/plane=${plane}`] });
  const subnet = new NetworkingSubnetV2(s, 'subnet', { name: plane, networkId: net.id, cidr: '10.0.0.0/24' });
  const router = new NetworkingRouterV2(s, 'router', { name: 'r' });
  if (via === 'subnet') new NetworkingRouterInterfaceV2(s, 'rif', { routerId: router.id, subnetId: subnet.id });
  else new NetworkingRouterInterfaceV2(s, 'rif', { routerId: router.id, portId: new NetworkingPortV2(s, 'port', { networkId: net.id }).id });
}

describe('SECURITY_BASELINE details', () => {
  const pack = Compliance.SECURITY_BASELINE;

  test('M1/P2 (SEC-11): a router interface through a port on a PXE or management plane is flagged as well', () => {
    for (const plane of ['pxe', 'management', 'ipmi']) {
      expect(ruleOutcome(pack, 'SEC-11', (s) => routedPlane(s, plane, 'port')).findings[0].message).toContain(`a ${plane} plane`);
    }
    expect(ruleOutcome(pack, 'SEC-11', (s) => routedPlane(s, 'public', 'port')).findings).toEqual([]);
  });

  test('SEC-1: a rule without source prefix or group is open to any address', () => {
    const out = ruleOutcome(pack, 'SEC-1', (s) => { sgRule(s, 'rdp', { port: 3389 }); });
    expect(out.findings[0].message).toContain('any address opens port(s) 3389');
  });

  test('SEC-1: egress and remote-group rules are fine', () => {
    const out = ruleOutcome(pack, 'SEC-1', (s) => {
      sgRule(s, 'out', { port: 22, cidr: '0.0.0.0/0', direction: 'egress' });
      sgRule(s, 'grp', { port: 22, remoteGroupId: 'bastion-sg' });
    });
    expect(out.findings).toEqual([]);
  });

  test('SEC-1: an unresolved port is a note, never a crash', () => {
    const out = ruleOutcome(pack, 'SEC-1', (s) => {
      const port = new TerraformVariable(s, 'port', { type: 'number' });
      sgRule(s, 'x', { port: port.numberValue, cidr: '0.0.0.0/0' });
    });
    expect(out.findings).toEqual([]);
    expect(out.notes[0].message).toMatch(/unresolved reference in port_range_min/);
  });

  test('SEC-9: :latest is flagged, digests pass', () => {
    expect(ruleOutcome(pack, 'SEC-9', (s) => { deployment(s, 'web', { image: 'nginx:latest' }); }).findings[0].message).toContain('uses :latest');
    expect(ruleOutcome(pack, 'SEC-9', (s) => { deployment(s, 'web', { image: 'nginx@sha256:abc' }); }).findings).toEqual([]);
  });

  test('SEC-3: a secret assigned in cloud-init user data is plaintext; references and other keys are fine', () => {
    const out = ruleOutcome(pack, 'SEC-3', (s) => {
      new ComputeInstanceV2(s, 'bad', { name: 'bad', userData: '#cloud-config\nwrite_files:\n  - content: |\n      DB_HOST=db.internal\n      DB_PASSWORD=hunter2\n' });
      const pw = new TerraformVariable(s, 'pw', { type: 'string', sensitive: true });
      new ComputeInstanceV2(s, 'good', { name: 'good', userData: `#!/bin/sh\nexport API_TOKEN=${pw.stringValue}\nLOG_LEVEL=info\n` });
    });
    expect(out.findings.map((f) => [f.address, f.message])).toEqual([['openstack_compute_instance_v2.bad', 'literal secret value in user_data(DB_PASSWORD)']]);
  });

  test('SEC-6: a container security_context without run_as_non_root fails even when the pod sets it (provider 2.38.0 sends false)', () => {
    const out = ruleOutcome(pack, 'SEC-6', (s) => { deployment(s, 'web', { containerNonRoot: false }); });
    expect(out.findings[0].message).toContain('container app: security_context leaves run_as_non_root unset');
  });

  test('SEC-6: run_as_user 0 is root even with run_as_non_root unset on the container', () => {
    const out = ruleOutcome(pack, 'SEC-6', (s) => {
      const d = deployment(s, 'web');
      d.addOverride('spec.template.spec.security_context.run_as_user', '0');
    });
    expect(out.findings[0].message).toContain('run_as_user is 0');
  });

  test('SEC-3: literal secrets in name/value pairs (container env) and nested maps are found; references are fine', () => {
    const out = ruleOutcome(pack, 'SEC-3', (s) => {
      const d = deployment(s, 'web');
      d.addOverride('spec.template.spec.container.0.env', [{ name: 'DB_PASSWORD', value: 'literal-pw' }, { name: 'DB_USER', value: 'app' }]);
      const pw = new TerraformVariable(s, 'pw', { type: 'string', sensitive: true });
      const d2 = deployment(s, 'api');
      d2.addOverride('spec.template.spec.container.0.env', [{ name: 'API_TOKEN', value: pw.stringValue }]);
    });
    expect(out.findings).toHaveLength(1);
    expect(out.findings[0].message).toContain('(DB_PASSWORD)');
    expect(out.findings[0].constructPath).toBe('test/web');
  });

  test('SEC-10: port-less ICMP from the world is not an allow-all rule; port-less UDP is', () => {
    expect(ruleOutcome(pack, 'SEC-10', (s) => { sgRule(s, 'ping', { cidr: '0.0.0.0/0', protocol: 'icmp' }); }).findings).toEqual([]);
    expect(ruleOutcome(pack, 'SEC-10', (s) => { sgRule(s, 'udp', { cidr: '0.0.0.0/0', protocol: 'udp' }); }).findings[0].message).toContain('every port');
  });
});
