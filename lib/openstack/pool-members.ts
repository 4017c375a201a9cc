// Where a load-balancer pool's members come from.
import { Token } from 'cdktf';
import { IInstanceGroup } from '../pool/instance-group-props';

/** One backend of a pool. */
export interface PoolMember {
  /** IP address of the member (a literal or a token, e.g. an instance's `accessIpV4`). */
  readonly address: string;
  /**
   * Port on the member.
   * @default the listener's `memberPort`, else its port
   */
  readonly port?: number;
  /**
   * Subnet the member is reached on.
   * @default - the VIP subnet
   */
  readonly subnetId?: string;
  /**
   * Relative weight (0-256, 0 drains the member).
   * @default 1
   */
  readonly weight?: number;
  /**
   * Only used when every other member is down.
   * @default false
   */
  readonly backup?: boolean;
  /**
   * Name of the member in Octavia.
   * @default - the address when literal, else `member-NNN`
   */
  readonly name?: string;
}

/**
 * Anything that can supply pool members: addresses today, an instance group later
 * (any construct can implement this interface and be passed in `members`).
 */
export interface IPoolMemberSource {
  /** The members this source contributes. */
  poolMembers(): PoolMember[];
}

/** Ready-made member sources. */
export class PoolMembers {
  /**
   * One member per address, all with the same options. The list must be known at synth
   * (its items may be tokens); a list token of unknown length cannot be expanded.
   */
  public static fromAddresses(addresses: string[], options: PoolMemberOptions = {}): IPoolMemberSource {
    if (Token.isUnresolved(addresses)) {
      return {
        poolMembers: () => {
          throw new Error('is a list token of unknown length, which cannot become pool members at synth; pass the addresses one by one, e.g. instances.map((i) => i.accessIpV4)');
        },
      };
    }
    return PoolMembers.of(...addresses.map((address) => ({ ...options, address })));
  }

  /**
   * One member per member of an instance group, named by member (`app-001`, ...) and
   * addressed on one of its network attachments, so scaling the group adds and removes
   * pool members without renumbering the others.
   */
  public static fromInstanceGroup(group: IInstanceGroup, options: InstanceGroupMemberOptions = {}): IPoolMemberSource {
    const { attachment, ...rest } = options;
    return { poolMembers: () => Object.entries(group.memberAddresses(attachment)).map(([name, address]) => ({ ...rest, name, address })) };
  }

  /** Members written out one by one. */
  public static of(...members: PoolMember[]): IPoolMemberSource {
    return { poolMembers: () => members };
  }

  private constructor() {}
}

/** Options shared by every member of {@link PoolMembers.fromAddresses}. */
export interface PoolMemberOptions {
  /**
   * Port on the members.
   * @default the listener's `memberPort`, else its port
   */
  readonly port?: number;
  /**
   * Subnet the members are reached on.
   * @default - the VIP subnet
   */
  readonly subnetId?: string;
  /**
   * Relative weight (0-256).
   * @default 1
   */
  readonly weight?: number;
}

/** Options of {@link PoolMembers.fromInstanceGroup}. */
export interface InstanceGroupMemberOptions extends PoolMemberOptions {
  /**
   * Which of the group's network attachments (index into its `networks`) the pool reaches the members on.
   * @default 0
   */
  readonly attachment?: number;
}
