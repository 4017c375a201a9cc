// Issue 15 A7: the platform-tenant-split example. The tenant stack runs with project-member
// credentials, so every admin-owned object it uses must be one the admin stack creates,
// under the same literal name, granted to the team's project.
import { App } from 'cdktf';
import { PlatformAdminOpenStackStack, PlatformTenantOpenStackStack, TEAM_PROJECT } from '../../examples/platform-tenant-split/main';
import { synthStack } from '../util/synth';

const app = new App();
const admin = synthStack(new PlatformAdminOpenStackStack(app, 'platform-admin-openstack'));
const tenant = synthStack(new PlatformTenantOpenStackStack(app, 'platform-tenant-openstack'));
const values = (json: any, type: string): any[] => Object.values(json.resource[type] ?? {});

describe('platform-tenant-split (issue 15 A7)', () => {
  test('A7: every flavor the tenant boots is a private flavor of the admin stack, granted to the team project', () => {
    const flavors = Object.entries<any>(admin.resource.openstack_compute_flavor_v2);
    const projectKey = Object.keys(admin.resource.openstack_identity_project_v3)[0];
    expect(admin.resource.openstack_identity_project_v3[projectKey].name).toBe(TEAM_PROJECT);
    const used = [...new Set(values(tenant, 'openstack_compute_instance_v2').map((i) => i.flavor_name))];
    expect(used.length).toBeGreaterThan(0);
    for (const name of used) {
      const entry = flavors.find(([, f]) => f.name === name);
      expect({ name, created: entry !== undefined }).toEqual({ name, created: true });
      const [key, flavor] = entry!;
      expect(flavor.is_public).toBe(false);
      const grants = values(admin, 'openstack_compute_flavor_access_v2').filter((a) => a.flavor_id === `\${openstack_compute_flavor_v2.${key}.id}`);
      expect(grants.map((g) => g.tenant_id)).toContain(`\${openstack_identity_project_v3.${projectKey}.id}`);
    }
  });

  test('A7: every volume type the tenant uses is created by the admin stack', () => {
    const types = values(admin, 'openstack_blockstorage_volume_type_v3').map((t) => t.name);
    const used = values(tenant, 'openstack_blockstorage_volume_v3').map((v) => v.volume_type);
    expect(used.length).toBeGreaterThan(0);
    for (const t of used) expect(types).toContain(t);
  });

  test('A7: the tenant stack holds only tenant objects, on a provider of its own cloud entry; the admin stack holds the quotas', () => {
    const adminOnly = /flavor|volume_type|aggregate|quota|identity_|qos/;
    expect(Object.keys(tenant.resource).filter((t) => adminOnly.test(t))).toEqual([]);
    expect(tenant.provider.openstack[0].cloud).toBe(TEAM_PROJECT);
    expect(admin.provider.openstack[0].cloud).toBe('admin');
    expect(Object.keys(admin.resource)).toEqual(expect.arrayContaining(['openstack_compute_quotaset_v2', 'openstack_blockstorage_quotaset_v3', 'openstack_networking_quota_v2']));
  });
});
