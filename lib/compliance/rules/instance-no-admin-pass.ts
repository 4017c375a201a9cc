import { COMPLIANT, RuleDefinition, nonCompliant } from '../model';

/** Instances get no injected admin password. */
export const instanceNoAdminPass: RuleDefinition = {
  name: 'instance-no-admin-pass',
  title: 'Instances have no injected admin password',
  explanation: 'admin_pass injects a password into the guest and stores it in Terraform state; password logins also widen the attack surface.',
  fix: 'Remove admin_pass and use key_pair (SSH keys) or cloud-init with a secret store.',
  resourceTypes: ['openstack_compute_instance_v2'],
  check: (r) => (r.attributes.admin_pass === undefined ? COMPLIANT : nonCompliant('admin_pass is set')),
};
