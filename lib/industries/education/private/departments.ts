import { Construct } from 'constructs';
import { ValidationError } from '../../../core/errors';
import { LabelKeys } from '../../../core/labels';
import { FirewallProtocol, ListenerProtocol, PoolMembers, TroveDatabase } from '../../../openstack';
import { InstanceGroup, ISite, Network, NetworkAttachment, Peer, Port, SecurityGroup, Segmentation, TenantVdc } from '../../../pool';
import { openstackProviderOf } from '../../../pool/openstack/context';
import { DataOpenstackIdentityRoleV3 } from '../../../providers/openstack/data-openstack-identity-role-v3';
import { IdentityGroupV3 } from '../../../providers/openstack/identity-group-v3';
import { IdentityRoleAssignmentV3 } from '../../../providers/openstack/identity-role-assignment-v3';
import { shipLogs } from '../../private/audit-sink';
import { EducationCloudProps, EducationDepartmentSpec, EducationWorkloadSpec } from '../props';
import { CampusAuditSink } from './audit';
import { SiteParts, siteParts } from './sites';
import { CloudPlan } from './validate';

// The departments of an education cloud (internal): a tenant VDC each under the
// organisation's project (E1, E3, E9), its groups (E9), workloads and portals (E7), and
// its dev/test environments as quota-limited sub-projects (E11); workloads ship their logs to
// the campus audit sink (E12).

/** @internal Everything the departments created, keyed by `<department>` or `<department>/<name>`. */
export interface DepartmentParts {
  readonly departments: { [name: string]: TenantVdc };
  readonly workloads: { [name: string]: InstanceGroup };
  readonly devTest: { [name: string]: TenantVdc };
  readonly groups: { [name: string]: IdentityGroupV3 };
  readonly databases: { [name: string]: TroveDatabase };
}

/** @internal The departments, peers first (a VDC names its peers at construction). */
export function createDepartments(scope: Construct, props: EducationCloudProps, plan: CloudPlan, zones: { [zone: string]: Network }, memo: Map<ISite, SiteParts>, audit?: CampusAuditSink): DepartmentParts {
  const parts: DepartmentParts = { departments: {}, workloads: {}, devTest: {}, groups: {}, databases: {} };
  for (const i of peersFirst(scope, props.departments)) {
    const d = props.departments[i];
    const site = plan.siteOf[d.name];
    const shared = siteParts(scope, props, site, memo);
    const vlan = site.capabilities.tenantNetworks ? undefined : Segmentation.vlan({ pool: props.vlans! });
    const portals = (d.workloads ?? []).filter((w) => w.portalPort !== undefined);
    const vdc = new TenantVdc(scope, `dept-${d.name}`, {
      site,
      name: d.name,
      description: `department ${d.name} of ${props.organisation}`,
      parent: shared.organisation,
      quota: d.quota,
      principal: d.principal,
      cidr: d.cidr,
      segmentation: vlan,
      allowFrom: (d.allowFrom ?? []).map((f) => ({ name: f.name, peer: parts.departments[f.fromDepartment], protocol: f.protocol, port: f.port })),
      ingress: portals.map((w) => ({ name: `portal-${w.name}`, protocol: FirewallProtocol.TCP, port: w.portalPort, sourceCidr: '0.0.0.0/0', description: `portal ${w.name} of ${d.name}` })),
      loadBalancer: portals.length > 0 ? true : undefined,
      floatingIpQosPolicy: portals.length > 0 ? shared.floatingIpQos : undefined,
      labels: { [LabelKeys.DEPARTMENT]: d.name },
    });
    parts.departments[d.name] = vdc;
    for (const g of d.groups ?? []) parts.groups[`${d.name}/${g.name}`] = onboardGroup(vdc, g.name, g.role ?? 'member');
    (d.workloads ?? []).forEach((w) => {
      const group = workload(vdc, props, d, w, zones, shared, audit);
      parts.workloads[`${d.name}/${w.name}`] = group;
      if (w.portalPort !== undefined) {
        vdc.loadBalancer!.addListener({ protocol: ListenerProtocol.HTTPS, port: w.portalPort, members: [PoolMembers.fromInstanceGroup(group)], memberPort: w.ports![0], name: `${d.name}-${w.name}` });
      }
    });
    for (const db of d.databases ?? []) {
      parts.databases[`${d.name}/${db.name}`] = new TroveDatabase(vdc, `db-${db.name}`, {
        site: vdc.site,
        name: `${d.name}-${db.name}`,
        datastoreType: db.datastoreType,
        datastoreVersion: db.datastoreVersion,
        flavorId: db.flavorId,
        volumeSizeGiB: db.volumeSizeGiB,
        volumeType: shared.distributedTier?.tierName ?? '',
        networkId: vdc.network!.networkId,
        // Trove builds only on a routed subnet: wait for the VDC router's interface.
        routerInterfaces: vdc.network instanceof Network ? Object.values(vdc.network.openstack?.routerInterfaces ?? {}) : undefined,
        databases: db.databases,
      });
    }
    for (const e of d.devTest ?? []) {
      parts.devTest[`${d.name}/${e.name}`] = new TenantVdc(scope, `devtest-${d.name}-${e.name}`, {
        site,
        name: `${d.name}-${e.name}`,
        description: `dev/test environment ${e.name} of department ${d.name}`,
        parent: vdc,
        quota: e.quota,
        principal: d.principal,
        cidr: e.cidr,
        // Dev/test never publishes: no Internet gateway, no floating IP.
        externalGateway: e.cidr !== undefined && site.capabilities.routers ? false : undefined,
        segmentation: e.cidr !== undefined ? vlan : undefined,
        labels: { [LabelKeys.DEPARTMENT]: d.name, [LabelKeys.ENVIRONMENT]: 'dev-test' },
      });
    }
  }
  return parts;
}

/** A Keystone group of the department and its role on the department's project (E9). */
function onboardGroup(vdc: TenantVdc, name: string, role: string): IdentityGroupV3 {
  const admin = openstackProviderOf(vdc.parentSite, vdc, 'groups', 'Keystone groups');
  const group = new IdentityGroupV3(vdc, `group-${name}`, { provider: admin, name, description: `members of department ${vdc.vdcName}` });
  const roleLookup = new DataOpenstackIdentityRoleV3(vdc, `group-${name}-role`, { provider: admin, name: role });
  new IdentityRoleAssignmentV3(vdc, `group-${name}-assignment`, { provider: admin, projectId: vdc.projectId!, groupId: group.id, roleId: roleLookup.id });
  return group;
}

/** One workload inside the department's VDC: its own default-deny group, the VDC's quota, data on the distributed tier. */
function workload(vdc: TenantVdc, props: EducationCloudProps, d: EducationDepartmentSpec, w: EducationWorkloadSpec, zones: { [zone: string]: Network }, shared: SiteParts, audit?: CampusAuditSink): InstanceGroup {
  const sg = new SecurityGroup(vdc, `${w.name}-sg`, { site: vdc.site, description: `${d.name}/${w.name}: default deny, its ports from the department only` });
  // The load balancer sits in the department's subnet, so the department's range covers it.
  for (const port of w.ports ?? []) sg.allowIngress(Peer.cidr(d.cidr), Port.tcp(port));
  sg.allowEgress(Peer.cidr(d.cidr), Port.allTraffic());
  const networks: NetworkAttachment[] = [{ network: vdc.network!, securityGroups: [sg] }];
  // E12: logs leave through a NIC in the sink's zone (added when the workload has none there).
  const attached = audit && !(w.zones ?? []).includes(audit.zone) ? [...(w.zones ?? []), audit.zone] : w.zones ?? [];
  for (const z of attached) {
    vdc.useNetwork(zones[z]); // shared with this project only (RBAC)
    networks.push({ network: zones[z], securityGroups: [sg] });
  }
  const backup: { [key: string]: string } = props.backupPolicy !== undefined ? { [LabelKeys.BACKUP_POLICY]: props.backupPolicy } : {};
  return new InstanceGroup(vdc, w.name, {
    site: vdc.site, // the department's provider: its quota bounds the group
    name: `${d.name}-${w.name}`,
    count: w.count ?? 2,
    size: w.size,
    image: w.image,
    quota: vdc.quota,
    networks,
    volumes: (w.volumes ?? []).map((v) => ({ ...v, volumeType: shared.distributedTier?.tierName })),
    keyPair: w.keyPair,
    userData: shipLogs(audit?.forwarding, w.userData, [sg]),
    labels: { [LabelKeys.DEPARTMENT]: d.name, [LabelKeys.TIER]: w.name, ...backup, ...(w.labels ?? {}) },
  });
}

/** Department indexes ordered so that each comes after the departments it accepts traffic from. */
function peersFirst(scope: Construct, departments: EducationDepartmentSpec[]): number[] {
  const index = new Map(departments.map((d, i) => [d.name, i]));
  const order: number[] = [];
  const state = new Map<number, 'visiting' | 'done'>();
  const visit = (i: number, path: string[]) => {
    if (state.get(i) === 'done') return;
    if (state.get(i) === 'visiting') {
      throw new ValidationError(scope, `departments[${i}].allowFrom`, `departments accept traffic from each other in a cycle (${[...path, departments[i].name].join(' <- ')})`, 'break the cycle: a VDC names its peers when it is built, so open each pair of departments in one direction (replies return through the stateful firewall)');
    }
    state.set(i, 'visiting');
    for (const f of departments[i].allowFrom ?? []) visit(index.get(f.fromDepartment)!, [...path, departments[i].name]);
    state.set(i, 'done');
    order.push(i);
  };
  departments.forEach((_, i) => visit(i, []));
  return order;
}
