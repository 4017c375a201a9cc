import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { ValidationError } from '../core/errors';
import { requireDnsLabel, requireUnique } from '../core/private/validate';
import { openstackProviderOf } from '../pool/openstack/context';
import { ISite } from '../pool/site';
import { FwGroupV2 } from '../providers/openstack/fw-group-v2';
import { FwPolicyV2 } from '../providers/openstack/fw-policy-v2';
import { FwRuleV2 } from '../providers/openstack/fw-rule-v2';
import { OpenstackProvider } from '../providers/openstack/provider';
import { isWorldOpen, physicalName, requireCidr, requireNotEmptyList, requirePort } from './private/common';

/** What a firewall rule does with matching traffic. */
export enum FirewallAction {
  /** Let the traffic through. */
  ALLOW = 'allow',
  /** Drop it silently. */
  DENY = 'deny',
  /** Drop it and tell the sender. */
  REJECT = 'reject',
}

/** The IP protocol a firewall rule matches. */
export enum FirewallProtocol {
  /** TCP. */
  TCP = 'tcp',
  /** UDP. */
  UDP = 'udp',
  /** ICMP. */
  ICMP = 'icmp',
  /** Every protocol (no ports). */
  ANY = 'any',
}

/** One rule intent: "allow tcp/443 from 203.0.113.0/24". */
export interface FirewallRuleIntent {
  /** Stable name of the rule (a DNS label), unique per direction. Also its construct ID. */
  readonly name: string;
  /**
   * What to do with matching traffic.
   * @default FirewallAction.ALLOW
   */
  readonly action?: FirewallAction;
  /**
   * Protocol matched.
   * @default FirewallProtocol.TCP
   */
  readonly protocol?: FirewallProtocol;
  /**
   * Destination port (TCP/UDP only), or the first port of a range with `toPort`.
   * @default - every port
   */
  readonly port?: number;
  /**
   * Last port of a range starting at `port`.
   * @default - a single port
   */
  readonly toPort?: number;
  /**
   * Source prefix.
   * @default - any source
   */
  readonly sourceCidr?: string;
  /**
   * Destination prefix.
   * @default - any destination
   */
  readonly destinationCidr?: string;
  /**
   * Description in Neutron.
   * @default - none
   */
  readonly description?: string;
}

/** Props of {@link FirewallGroup}. */
export interface FirewallGroupProps {
  /** The OpenStack site (region) the firewall group lives on. Its provider creates every resource. */
  readonly site: ISite;
  /** Router ports the group protects, e.g. `routerInterface.portId`. At least one. */
  readonly ports: string[];
  /**
   * Rules for traffic entering through the ports, evaluated in order before the final deny.
   * @default - none: all ingress is denied
   */
  readonly ingress?: FirewallRuleIntent[];
  /**
   * Rules for traffic leaving through the ports, evaluated in order before the final deny.
   * @default - none: all egress is denied
   */
  readonly egress?: FirewallRuleIntent[];
  /**
   * Name prefix of the group, policies and rules in Neutron.
   * @default - derived from the construct path
   */
  readonly name?: string;
  /**
   * Description of the group.
   * @default - none
   */
  readonly description?: string;
}

/** SSH and RDP: never open to every source. */
const MANAGEMENT_PORTS = [22, 3389];

/**
 * A FWaaS v2 firewall group on router ports with an ingress and an egress policy built
 * from rule intents. Default deny: each policy ends with explicit deny-all rules for
 * IPv4 and IPv6, so anything not allowed above is dropped (and visible as a rule).
 * An ingress ALLOW from anywhere (no `sourceCidr`, or a /0) that reaches SSH (22) or
 * RDP (3389) is an error.
 */
export class FirewallGroup extends Construct {
  /** The site the resources live on. */
  public readonly site: ISite;
  private readonly provider: OpenstackProvider;
  /** The `openstack_fw_group_v2` on the router ports. */
  public readonly group: FwGroupV2;
  /** The ingress `openstack_fw_policy_v2`. */
  public readonly ingressPolicy: FwPolicyV2;
  /** The egress `openstack_fw_policy_v2`. */
  public readonly egressPolicy: FwPolicyV2;
  /** Ingress rules in policy order, the final deny rules last. */
  public readonly ingressRules: FwRuleV2[];
  /** Egress rules in policy order, the final deny rules last. */
  public readonly egressRules: FwRuleV2[];

  constructor(scope: Construct, id: string, props: FirewallGroupProps) {
    super(scope, id);
    this.site = props.site;
    this.provider = openstackProviderOf(props.site, this, 'site', 'firewall groups (FWaaS)');
    requireNotEmptyList(this, 'ports', props.ports, 'pass the router ports to protect, e.g. [routerInterface.portId]');
    const name = physicalName(this, props.name);
    this.ingressRules = this.rules('ingress', name, props.ingress ?? []);
    this.egressRules = this.rules('egress', name, props.egress ?? []);
    this.ingressPolicy = new FwPolicyV2(this, 'ingress-policy', {
      provider: this.provider,
      name: `${name}-ingress`,
      description: 'ingress rules, then deny all',
      rules: this.ingressRules.map((r) => r.id),
    });
    this.egressPolicy = new FwPolicyV2(this, 'egress-policy', {
      provider: this.provider,
      name: `${name}-egress`,
      description: 'egress rules, then deny all',
      rules: this.egressRules.map((r) => r.id),
    });
    this.group = new FwGroupV2(this, 'group', {
      provider: this.provider,
      name,
      description: props.description,
      ingressFirewallPolicyId: this.ingressPolicy.id,
      egressFirewallPolicyId: this.egressPolicy.id,
      ports: props.ports,
      adminStateUp: true,
    });
  }

  private rules(direction: string, prefix: string, intents: FirewallRuleIntent[]): FwRuleV2[] {
    requireUnique(this, direction, intents.map((r) => r.name));
    const rules = intents.map((intent, i) => {
      const prop = `${direction}[${i}]`;
      requireDnsLabel(this, `${prop}.name`, intent.name);
      if (intent.name.startsWith('deny-all-')) {
        throw new ValidationError(this, `${prop}.name`, `"${intent.name}" is reserved for the final deny rules`, 'choose another name');
      }
      const protocol = intent.protocol ?? FirewallProtocol.TCP;
      const ipVersion = this.ipVersion(prop, intent);
      const destinationPort = this.portSpec(prop, protocol, intent);
      if (direction === 'ingress') this.forbidWorldOpenManagement(prop, protocol, intent);
      return new FwRuleV2(this, `${direction}-${intent.name}`, {
        provider: this.provider,
        name: `${prefix}-${direction}-${intent.name}`,
        description: intent.description,
        action: intent.action ?? FirewallAction.ALLOW,
        protocol,
        ipVersion,
        sourceIpAddress: intent.sourceCidr,
        destinationIpAddress: intent.destinationCidr,
        destinationPort,
        enabled: true,
      });
    });
    for (const version of [4, 6]) {
      rules.push(new FwRuleV2(this, `${direction}-deny-all-ipv${version}`, {
        provider: this.provider,
        name: `${prefix}-${direction}-deny-all-ipv${version}`,
        description: `default deny: ${direction} IPv${version} not allowed above`,
        action: 'deny',
        protocol: 'any',
        ipVersion: version,
        enabled: true,
      }));
    }
    return rules;
  }

  /** No world-open management ports: an ingress ALLOW from anywhere must not reach SSH or RDP. */
  private forbidWorldOpenManagement(prop: string, protocol: FirewallProtocol, intent: FirewallRuleIntent): void {
    const action = intent.action ?? FirewallAction.ALLOW;
    const fromAnywhere = intent.sourceCidr === undefined || isWorldOpen(intent.sourceCidr);
    if (action !== FirewallAction.ALLOW || !fromAnywhere || (protocol !== FirewallProtocol.TCP && protocol !== FirewallProtocol.ANY)) return;
    if ([intent.port, intent.toPort].some((p) => p !== undefined && Token.isUnresolved(p))) return;
    const from = protocol === FirewallProtocol.ANY ? 1 : intent.port ?? 1;
    const to = protocol === FirewallProtocol.ANY ? 65535 : intent.toPort ?? intent.port ?? 65535;
    const exposed = MANAGEMENT_PORTS.filter((p) => p >= from && p <= to);
    if (exposed.length > 0) {
      throw new ValidationError(this, prop, `allows management port${exposed.length > 1 ? 's' : ''} ${exposed.join(', ')} from anywhere`, 'set sourceCidr to the management network, or narrow protocol/port');
    }
  }

  private ipVersion(prop: string, intent: FirewallRuleIntent): number {
    const versions = new Set<number>();
    if (intent.sourceCidr !== undefined) versions.add(requireCidr(this, `${prop}.sourceCidr`, intent.sourceCidr) ?? 0);
    if (intent.destinationCidr !== undefined) versions.add(requireCidr(this, `${prop}.destinationCidr`, intent.destinationCidr) ?? 0);
    versions.delete(0); // unresolved tokens
    if (versions.size > 1) {
      throw new ValidationError(this, prop, 'mixes an IPv4 and an IPv6 prefix', 'write one rule per IP version');
    }
    return versions.has(6) ? 6 : 4;
  }

  private portSpec(prop: string, protocol: FirewallProtocol, intent: FirewallRuleIntent): string | undefined {
    if (intent.port === undefined) {
      if (intent.toPort !== undefined) throw new ValidationError(this, `${prop}.toPort`, 'needs port (the start of the range)', 'set port as well');
      return undefined;
    }
    if (protocol !== FirewallProtocol.TCP && protocol !== FirewallProtocol.UDP) {
      throw new ValidationError(this, `${prop}.port`, `ports only apply to TCP and UDP, not ${protocol}`, 'remove port or set protocol to TCP or UDP');
    }
    requirePort(this, `${prop}.port`, intent.port);
    if (intent.toPort === undefined) return `${intent.port}`;
    requirePort(this, `${prop}.toPort`, intent.toPort);
    if (!Token.isUnresolved(intent.toPort) && !Token.isUnresolved(intent.port) && intent.toPort < intent.port) {
      throw new ValidationError(this, `${prop}.toPort`, `${intent.toPort} is below port ${intent.port}`, 'swap the two');
    }
    return `${intent.port}:${intent.toPort}`;
  }
}
