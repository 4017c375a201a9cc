import { Construct, IConstruct } from 'constructs';
import { ValidationError } from '../core/errors';
import { Labels } from '../core/labels';
import { Names } from '../core/names';
import { parseCidr } from '../core/private/cidr';
import { requireIntegerInRange } from '../core/private/validate';
import { SecurityGroupResult } from './private/plan';
import { driverOf, requireCapability } from './private/site-support';
import { ISite } from './site';
import { SecurityGroupOpenStackResources } from './target-resources';

/** Ports that must never be open to the world without a written reason. */
const MANAGEMENT_PORTS = [22, 3389];
const MIN_REASON = 10;

/** A protocol and port range a rule allows. */
export class Port {
  /** One TCP port. */
  public static tcp(port: number): Port {
    return new Port('tcp', port, port);
  }
  /** An inclusive TCP port range. */
  public static tcpRange(from: number, to: number): Port {
    return new Port('tcp', from, to);
  }
  /** One UDP port. */
  public static udp(port: number): Port {
    return new Port('udp', port, port);
  }
  /** An inclusive UDP port range. */
  public static udpRange(from: number, to: number): Port {
    return new Port('udp', from, to);
  }
  /** All ICMP. */
  public static icmp(): Port {
    return new Port('icmp');
  }
  /** Every protocol and port. */
  public static allTraffic(): Port {
    return new Port(undefined);
  }

  private constructor(
    /** `tcp`, `udp`, `icmp`, or undefined for any protocol. */
    public readonly protocol?: string,
    /** First port, for TCP/UDP. */
    public readonly fromPort?: number,
    /** Last port, for TCP/UDP. */
    public readonly toPort?: number,
  ) {}

  /** True when the rule reaches `port` over TCP (or any protocol). */
  public covers(port: number): boolean {
    if (this.protocol === undefined) return true;
    return this.protocol === 'tcp' && this.fromPort !== undefined && this.toPort !== undefined && port >= this.fromPort && port <= this.toPort;
  }

  /** Stable text used in rule IDs, e.g. `tcp-443`. */
  public toString(): string {
    if (this.protocol === undefined) return 'all';
    if (this.fromPort === undefined) return this.protocol;
    return this.fromPort === this.toPort ? `${this.protocol}-${this.fromPort}` : `${this.protocol}-${this.fromPort}-${this.toPort}`;
  }
}

/** Where traffic comes from (ingress) or goes to (egress). */
export class Peer {
  /** An IPv4 or IPv6 CIDR block. */
  public static cidr(cidr: string): Peer {
    return new Peer(cidr, undefined);
  }
  /** Anywhere on IPv4 (0.0.0.0/0). */
  public static anyIpv4(): Peer {
    return new Peer('0.0.0.0/0', undefined);
  }
  /** Anywhere on IPv6 (::/0). */
  public static anyIpv6(): Peer {
    return new Peer('::/0', undefined);
  }
  /** Members of another security group (a remote-group rule). */
  public static securityGroup(group: ISecurityGroup): Peer {
    return new Peer(undefined, group);
  }

  private constructor(
    /** The CIDR, for CIDR peers. */
    public readonly cidrBlock?: string,
    /** The remote security group, for group peers. */
    public readonly remoteGroup?: ISecurityGroup,
  ) {}

  /** True for 0.0.0.0/0 and ::/0. */
  public get isWorld(): boolean {
    return this.cidrBlock === '0.0.0.0/0' || this.cidrBlock === '::/0';
  }

  /** Stable text used in rule IDs (`zone-<id>` for group peers: rule addresses predate the rename). */
  public toString(): string {
    return this.remoteGroup ? `zone-${this.remoteGroup.node.id}` : Names.toDnsLabel(this.cidrBlock ?? 'any');
  }
}

/** Options of one allow rule. */
export interface AllowOptions {
  /**
   * Why the rule exists. Required (at least 10 characters) for a management port
   * (22, 3389) open to the world; recorded as the rule description.
   * @default - none
   */
  readonly reason?: string;
}

/** A security group other building blocks can reference. */
export interface ISecurityGroup extends IConstruct {
  /** The site the group lives on. */
  readonly site: ISite;
  /** The group's name. */
  readonly groupName: string;
  /** The security group's ID (OpenStack). Undefined on vSphere. */
  readonly securityGroupId?: string;
}

/** Properties of a {@link SecurityGroup}. */
export interface SecurityGroupProps {
  /** The site the group lives on. */
  readonly site: ISite;
  /**
   * Security group name.
   * @default - derived from the construct path
   */
  readonly name?: string;
  /**
   * What the group is for.
   * @default - none
   */
  readonly description?: string;
  /**
   * Labels for the security group (merged with `Labels.of(scope)`).
   * @default - none beyond inherited labels
   */
  readonly labels?: { [key: string]: string };
  /**
   * The UUID of an existing security group to take over (OpenStack) instead of
   * creating one. Its existing rules are not adopted: delete those the intents restate
   * first, or Neutron rejects the duplicates at apply.
   * @default - a new group
   */
  readonly adoptId?: string;
}

/**
 * A security group: a deny-by-default set of allow rules stated as intent
 * ("tcp 443 from zone web", "tcp 5432 from 10.0.0.0/8").
 *
 * On OpenStack it is a security group whose default (allow-all egress) rules are
 * deleted, plus one rule per intent. vSphere without NSX has no equivalent of
 * security groups or rule enforcement: there, the group validates and records its
 * rules, the networks' port groups stay hardened (no promiscuous mode, forged
 * transmits or MAC changes), and synth warns that the rules must be enforced at the
 * physical or NSX firewall.
 */
export class SecurityGroup extends Construct implements ISecurityGroup {
  /** An existing OpenStack security group, looked up by name. */
  public static fromName(scope: Construct, id: string, site: ISite, name: string): ISecurityGroup {
    requireCapability(site, site.capabilities.securityGroups, scope, 'site', 'security groups to import', 'import security groups from a site that has them');
    return new ImportedSecurityGroup(scope, id, site, name);
  }

  /** The group's name. */
  public readonly groupName: string;
  /** The site the group lives on. */
  public readonly site: ISite;
  /**
   * The L1 resources created on an OpenStack site (the escape hatch). `rules` grows
   * with each allow call.
   * @default - undefined on targets without security groups
   */
  public readonly openstack?: SecurityGroupOpenStackResources;
  private readonly ruleIds = new Set<string>();

  /** The security group's ID (OpenStack). */
  public get securityGroupId(): string | undefined {
    return this.group?.securityGroupId;
  }

  private readonly group?: SecurityGroupResult;

  constructor(scope: Construct, id: string, props: SecurityGroupProps) {
    super(scope, id);
    this.site = props.site;
    this.groupName = props.name ?? Names.resourceName(this);
    // Targets without enforcement warn and return no group: rules are then only recorded.
    this.group = driverOf(props.site).securityGroup(this, {
      name: this.groupName,
      description: props.description,
      labels: Labels.resolve(this, props.labels),
      adoptId: props.adoptId,
    });
    this.openstack = this.group?.openstack;
  }

  /** Allows inbound traffic from `peer` on `port`. */
  public allowIngress(peer: Peer, port: Port, options: AllowOptions = {}): void {
    this.addRule('ingress', peer, port, options);
  }

  /** Allows outbound traffic to `peer` on `port` (egress is denied otherwise). */
  public allowEgress(peer: Peer, port: Port, options: AllowOptions = {}): void {
    this.addRule('egress', peer, port, options);
  }

  private addRule(direction: string, peer: Peer, port: Port, options: AllowOptions): void {
    const prop = direction === 'ingress' ? 'allowIngress' : 'allowEgress';
    if (port.fromPort !== undefined) {
      requireIntegerInRange(this, `${prop}.port`, port.fromPort, 1, 65535);
      requireIntegerInRange(this, `${prop}.port`, port.toPort!, port.fromPort, 65535);
    }
    if (peer.cidrBlock !== undefined) parseCidr(this, `${prop}.peer`, peer.cidrBlock);
    if (peer.remoteGroup !== undefined && peer.remoteGroup.site !== this.site) {
      throw new ValidationError(this, `${prop}.peer`, `security group ${peer.remoteGroup.node.path} is on another site`, 'reference security groups of the same site, or allow the other site\'s CIDR');
    }
    const exposed = MANAGEMENT_PORTS.filter((p) => port.covers(p));
    if (direction === 'ingress' && peer.isWorld && exposed.length > 0 && (options.reason ?? '').trim().length < MIN_REASON) {
      throw new ValidationError(
        this,
        `${prop}.reason`,
        `opening management port ${exposed.join('/')} (${port}) to the world (${peer.cidrBlock}) needs a written reason`,
        `restrict the peer to a management CIDR, or pass { reason: '...' } of at least ${MIN_REASON} characters`,
      );
    }
    const ruleId = `${direction}-${port}-${peer}`;
    if (this.ruleIds.has(ruleId)) return; // the same intent twice is one rule
    this.ruleIds.add(ruleId);
    this.group?.addRule(this, {
      id: ruleId,
      direction,
      protocol: port.protocol,
      fromPort: port.fromPort,
      toPort: port.toPort,
      cidrBlock: peer.cidrBlock,
      remoteGroupId: peer.remoteGroup?.securityGroupId,
      description: options.reason,
    });
  }
}

/** An existing security group looked up by name. */
class ImportedSecurityGroup extends Construct implements ISecurityGroup {
  public readonly groupName: string;
  public readonly securityGroupId: string;

  constructor(scope: Construct, id: string, public readonly site: ISite, name: string) {
    super(scope, id);
    this.groupName = name;
    this.securityGroupId = driverOf(site).importSecurityGroup(this, name);
  }
}
