import { Construct } from 'constructs';
import { DataOpenstackIdentityAuthScopeV3 } from '../../providers/openstack/data-openstack-identity-auth-scope-v3';
import { IdentityApplicationCredentialV3 } from '../../providers/openstack/identity-application-credential-v3';
import { BackupPlan, BackupResult } from '../private/plan';
import { OpenStackSiteContext, tenantScopeOf } from './context';

// Provider 3.4.0 has no snapshot or backup resource, so the schedule runs on a small
// runner VM (cron), which calls Nova createBackup (rotated by Nova itself) for members
// booted from an image, and Cinder backups for every volume, pruning beyond retention.

/** @internal The application credential and the cloud-init of the runner VM. */
export function buildOpenStackBackup(site: OpenStackSiteContext, scope: Construct, plan: BackupPlan): BackupResult {
  // Keystone refuses to create a credential with a restricted one (a VDC site's provider).
  const bootstrap = tenantScopeOf(site)?.bootstrap;
  const applicationCredential = new IdentityApplicationCredentialV3(scope, 'credential', {
    provider: bootstrap?.provider ?? site.provider,
    dependsOn: bootstrap?.dependsOn,
    name: plan.name,
    description: `backup runner of ${scope.node.path}: Nova and Cinder backups`,
    roles: ['member'],
    unrestricted: false,
    // Keystone answers with the roles the given one implies too (member: member and reader):
    // without this, every plan would replace the credential.
    lifecycle: { ignoreChanges: ['roles'] },
  });
  // The token's own catalog: listing endpoints is an admin call, reading the token is not.
  const authScope = new DataOpenstackIdentityAuthScopeV3(scope, 'auth-scope', { provider: site.provider, name: plan.name });
  const keystone = `[for e in flatten([for s in ${authScope.fqn}.service_catalog : s.endpoints if s.type == "identity"]) : e.url if e.interface == "public" && e.region == "${site.region}"][0]`;
  // Whole for_each resources are referenced, so a member added later is covered too.
  const servers = plan.groups.map((g) => `\${join(" ", values(${g.instances.openstackElements!.instances.fqn})[*].id)}`);
  const volumes = [
    ...plan.groups.flatMap((g) => g.instances.openstackElements!.volumes.map((v) => `\${join(" ", values(${v.fqn})[*].id)}`)),
    ...plan.sharedVolumes.map((v) => v.openstack!.volume.id),
  ];
  const clouds = [
    'clouds:',
    '  oscar-backup:',
    '    auth_type: v3applicationcredential',
    '    auth:',
    `      auth_url: \${${keystone}}`,
    `      application_credential_id: ${applicationCredential.id}`,
    `      application_credential_secret: ${applicationCredential.secret}`,
    `    region_name: ${site.region}`,
  ];
  const script = [
    '#!/bin/sh',
    `# BackupPolicy ${scope.node.path}: keeps the newest ${plan.retention} backups of each server and volume.`,
    'set -u',
    'export OS_CLOUD=oscar-backup',
    `P=${plan.name}`,
    `KEEP=${plan.retention}`,
    'STAMP=$(date -u +%Y%m%dT%H%M%SZ)',
    'log() { logger -t oscar-backup "$*"; }',
    `VOLS="${volumes.join(' ')}"`,
    `for s in ${servers.join(' ')}; do`,
    '  case "$(openstack server show -f value -c image "$s")" in',
    '    N/A*) ;; # booted from a volume: its volumes are backed up below',
    '    *) openstack server backup create --name "$P-$s-$STAMP" --type "$P" --rotate "$KEEP" "$s" || log "server $s: backup failed" ;;',
    '  esac',
    '  VOLS="$VOLS $(openstack server volume list -f value -c "Volume ID" "$s" | tr "\\n" " ")"',
    'done',
    'for v in $(echo $VOLS | tr " " "\\n" | sort -u); do',
    '  openstack volume backup create --force --name "$P-$v-$STAMP" "$v" || { log "volume $v: backup failed"; continue; }',
    '  # Cinder keeps every backup: delete all but the newest KEEP of this policy and volume.',
    '  openstack volume backup list --volume "$v" -f value -c ID -c Name | awk -v p="$P-$v-" \'index($2, p) == 1 { print $2, $1 }\' |',
    '    sort -r | tail -n +$((KEEP + 1)) | while read -r _ id; do openstack volume backup delete "$id" || log "backup $id: delete failed"; done',
    'done',
  ];
  const cron = [`CRON_TZ=${plan.timeZone}`, `${plan.schedule} root /usr/local/sbin/oscar-backup`];
  const file = (path: string, mode: string, lines: string[]) => [`  - path: ${path}`, `    permissions: '${mode}'`, '    content: |', ...lines.map((l) => `      ${l}`)];
  const runnerUserData = [
    '#cloud-config',
    'packages: [python3-openstackclient]',
    'write_files:',
    ...file('/etc/openstack/clouds.yaml', '0600', clouds),
    ...file('/usr/local/sbin/oscar-backup', '0700', script),
    ...file('/etc/cron.d/oscar-backup', '0644', cron),
    '',
  ].join('\n');
  return { openstack: { applicationCredential, authScope }, runnerUserData };
}
