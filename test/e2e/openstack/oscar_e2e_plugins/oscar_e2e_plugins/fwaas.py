"""A FWaaS v2 service driver that acknowledges changes the way an L3 agent would.

The agent driver parks firewall groups in PENDING_* until an agent reports back over
RPC; this cloud has no agents, so groups would never leave PENDING_CREATE and the
Terraform provider would time out. This driver keeps the real DB handling and sets
the status the agent would report: ACTIVE with ports and a policy, else INACTIVE.
"""
from neutron_fwaas.services.firewall.service_drivers.agents import agents
from neutron_lib import constants


def _status(fwg):
    has_policy = fwg.get("ingress_firewall_policy_id") or fwg.get("egress_firewall_policy_id")
    return constants.ACTIVE if fwg.get("ports") and has_policy else constants.INACTIVE


class AckingFirewallDriver(agents.FirewallAgentDriver):
    def start_rpc_listener(self):
        return []  # nothing to listen to: no agent ever calls back

    def create_firewall_group_precommit(self, context, firewall_group):
        firewall_group["status"] = _status(firewall_group)

    def create_firewall_group_postcommit(self, context, firewall_group):
        pass

    def update_firewall_group_precommit(self, context, old_firewall_group, new_firewall_group):
        new_firewall_group["status"] = _status(new_firewall_group)

    def update_firewall_group_postcommit(self, context, old_firewall_group, new_firewall_group):
        pass

    def _rpc_update_firewall_group(self, context, fwg_id):
        pass  # policy and rule edits: the group's status stays what it was
