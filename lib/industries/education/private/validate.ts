import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { ValidationError } from '../../../core/errors';
import { CidrBlock, findOverlap, parseCidr } from '../../../core/private/cidr';
import { requireDnsLabel, requireIntegerAtLeast, requireUnique } from '../../../core/private/validate';
import { ISite } from '../../../pool';
import { EducationCloudProps, EducationDepartmentSpec, EducationZone, EducationZoneLayout } from '../props';
import { LAYOUTS, ZoneFacts, zoneCidr } from './facts';

/** @internal What the checks settled. */
export interface CloudPlan {
  readonly layout: EducationZoneLayout;
  readonly zones: ZoneFacts[];
  /** Zone CIDRs by zone. */
  readonly zoneCidrs: { [zone: string]: string };
  /** Each department's site, by department name. */
  readonly siteOf: { [department: string]: ISite };
}

/** @internal Checks the whole cloud before anything is created. */
export function checkCloud(scope: Construct, props: EducationCloudProps): CloudPlan {
  requireDnsLabel(scope, 'organisation', props.organisation);
  if (props.departments.length === 0) throw new ValidationError(scope, 'departments', 'is empty', 'declare at least one department or college');
  requireUnique(scope, 'departments[].name', props.departments.map((d) => d.name));
  const sites = [props.site, ...(props.additionalSites ?? [])];
  requireUnique(scope, 'additionalSites', sites.map((s) => s.node.path));
  if (props.floatingIpMaxKbps !== undefined) requireIntegerAtLeast(scope, 'floatingIpMaxKbps', props.floatingIpMaxKbps, 1);
  for (const s of sites) {
    if (!s.capabilities.tenantNetworks && !props.vlans) {
      throw new ValidationError(scope, 'vlans', `${s.targetName} site ${s.node.path} has no overlay networks: its zones and departments need VLANs`, 'set vlans: VlanPool.range(...)');
    }
  }
  if (props.vpn && !props.site.capabilities.routers) {
    throw new ValidationError(scope, 'vpn', `${props.site.targetName} sites have no routers to terminate a VPN on`, 'terminate the VPN on the physical edge, and leave vpn unset');
  }

  const layout = props.zoneLayout ?? EducationZoneLayout.ZTE_THREE_ZONES;
  const zones = LAYOUTS[layout];
  const zoneCidrs: { [zone: string]: string } = {};
  zones.forEach((z, n) => (zoneCidrs[z.zone] = props.zoneCidrs?.[z.zone] ?? zoneCidr(n)));
  for (const key of Object.keys(props.zoneCidrs ?? {})) {
    if (zoneCidrs[key] === undefined) throw new ValidationError(scope, `zoneCidrs.${key}`, `is not a zone of layout ${layout}`, `use one of ${zones.map((z) => z.zone).join(', ')}`);
  }

  const siteOf: { [department: string]: ISite } = {};
  const blocks: Array<{ name: string; block: CidrBlock }> = [];
  for (const [zone, cidr] of Object.entries(zoneCidrs)) {
    if (!Token.isUnresolved(cidr)) blocks.push({ name: `zone ${zone}`, block: parseCidr(scope, `zoneCidrs.${zone}`, cidr) });
  }
  props.departments.forEach((d, i) => {
    const prop = `departments[${i}]`;
    requireDnsLabel(scope, `${prop}.name`, d.name);
    const site = d.site ?? props.site;
    if (!sites.includes(site)) throw new ValidationError(scope, `${prop}.site`, `site ${site.node.path} is not one of the cloud's sites`, 'add it to additionalSites');
    siteOf[d.name] = site;
    if (!Token.isUnresolved(d.cidr)) blocks.push({ name: `department "${d.name}"`, block: parseCidr(scope, `${prop}.cidr`, d.cidr) });
    for (const e of d.devTest ?? []) {
      if (e.cidr !== undefined && !Token.isUnresolved(e.cidr)) blocks.push({ name: `dev/test "${d.name}/${e.name}"`, block: parseCidr(scope, `${prop}.devTest`, e.cidr) });
    }
  });
  const clash = findOverlap(blocks);
  if (clash) throw new ValidationError(scope, 'departments', `${clash[0].name} (${clash[0].block.cidr}) and ${clash[1].name} (${clash[1].block.cidr}) overlap`, 'give every zone, department and dev/test network its own range');
  requireUnique(scope, 'departments[].groups[].name', props.departments.flatMap((d) => (d.groups ?? []).map((g) => g.name)));
  props.departments.forEach((d, i) => checkDepartment(scope, props, d, `departments[${i}]`, siteOf, zones.map((z) => z.zone)));
  return { layout, zones, zoneCidrs, siteOf };
}

function checkDepartment(scope: Construct, props: EducationCloudProps, d: EducationDepartmentSpec, prop: string, siteOf: { [department: string]: ISite }, zones: EducationZone[]): void {
  const site = siteOf[d.name];
  requireUnique(scope, `${prop}.allowFrom[].name`, (d.allowFrom ?? []).map((f) => f.name));
  (d.allowFrom ?? []).forEach((f, j) => {
    const peer = siteOf[f.fromDepartment];
    if (!peer) throw new ValidationError(scope, `${prop}.allowFrom[${j}].fromDepartment`, `no department "${f.fromDepartment}"`, `use one of ${Object.keys(siteOf).join(', ')}`);
    if (f.fromDepartment === d.name) throw new ValidationError(scope, `${prop}.allowFrom[${j}].fromDepartment`, 'is the department itself', 'traffic inside a department is not filtered; drop the rule');
    if (peer !== site) throw new ValidationError(scope, `${prop}.allowFrom[${j}].fromDepartment`, `department "${f.fromDepartment}" is on another site`, 'connect departments of different sites through the campus VPN and the physical firewall');
  });
  if ((d.groups ?? []).length > 0 && !site.capabilities.projects) {
    throw new ValidationError(scope, `${prop}.groups`, `${site.targetName} sites have no Keystone groups (the vsphere provider manages no SSO groups)`, 'name an existing SSO group as principal (DOMAIN\\group) instead');
  }
  requireUnique(scope, `${prop}.workloads[].name`, (d.workloads ?? []).map((w) => w.name));
  requireUnique(scope, `${prop}.devTest[].name`, (d.devTest ?? []).map((e) => e.name));
  requireUnique(scope, `${prop}.databases[].name`, (d.databases ?? []).map((e) => e.name));
  (d.groups ?? []).forEach((g, j) => {
    requireDnsLabel(scope, `${prop}.groups[${j}].name`, g.name);
    // Under Keystone's legacy policies `admin` on any project is cloud-wide administration.
    if (g.role === 'admin') throw new ValidationError(scope, `${prop}.groups[${j}].role`, 'is admin, which Keystone treats as administration of the whole cloud', 'use manager (project administration), member or reader');
  });
  (d.devTest ?? []).forEach((e, j) => requireDnsLabel(scope, `${prop}.devTest[${j}].name`, e.name));
  (d.databases ?? []).forEach((e, j) => requireDnsLabel(scope, `${prop}.databases[${j}].name`, e.name));
  (d.workloads ?? []).forEach((w, j) => {
    requireDnsLabel(scope, `${prop}.workloads[${j}].name`, w.name);
    if (w.portalPort !== undefined && (w.ports ?? []).length === 0) {
      throw new ValidationError(scope, `${prop}.workloads[${j}].portalPort`, 'needs a port on the members to forward to', 'set ports: [<the portal\'s port>]');
    }
    for (const z of w.zones ?? []) {
      if (!zones.includes(z)) throw new ValidationError(scope, `${prop}.workloads[${j}].zones`, `"${z}" is not a zone of the layout`, `use one of ${zones.join(', ')}`);
      if (site !== props.site) throw new ValidationError(scope, `${prop}.workloads[${j}].zones`, 'the zones are on the cloud\'s main site, the department on another', 'attach zones only to workloads of departments on the main site');
    }
    (w.volumes ?? []).forEach((v, k) => {
      if (v.volumeType !== undefined || v.tier !== undefined) throw new ValidationError(scope, `${prop}.workloads[${j}].volumes[${k}]`, 'names its own volume type or tier', 'leave volumeType and tier unset: the cloud puts data on its encrypted distributed tier');
    });
  });
}
