import { ITerraformDependable, Token } from 'cdktf';
import { Construct } from 'constructs';
import { ValidationError } from '../core/errors';
import { requireIntegerInRange, requireNonEmpty } from '../core/private/validate';
import { openstackProviderOf } from '../pool/openstack/context';
import { ISite } from '../pool/site';
import { OpenstackProvider } from '../providers/openstack/provider';
import { VpnaasEndpointGroupV2 } from '../providers/openstack/vpnaas-endpoint-group-v2';
import { VpnaasIkePolicyV2 } from '../providers/openstack/vpnaas-ike-policy-v2';
import { VpnaasIpsecPolicyV2 } from '../providers/openstack/vpnaas-ipsec-policy-v2';
import { VpnaasServiceV2 } from '../providers/openstack/vpnaas-service-v2';
import { VpnaasSiteConnectionV2 } from '../providers/openstack/vpnaas-site-connection-v2';
import { physicalName, requireCidr, requireNotEmptyList, requireOneOf } from './private/common';
import { SecretSource } from './secret';

/** Cryptography of one negotiation phase (IKE or IPsec). Weak choices are rejected. */
export interface VpnCryptoOptions {
  /**
   * Cipher: AES with 128/192/256-bit keys, optionally `-ctr`, `-ccm-N` or `-gcm-N`
   * (e.g. `aes-256-gcm-16`). `3des` and DES are rejected.
   * @default 'aes-256'
   */
  readonly encryptionAlgorithm?: string;
  /**
   * Integrity: `sha256`, `sha384` or `sha512`. `sha1` and MD5 are rejected.
   * @default 'sha256'
   */
  readonly authAlgorithm?: string;
  /**
   * Diffie-Hellman group for (perfect forward secrecy) key exchange: `group14`-`group21`
   * or `group26`-`group31`. `group2`, `group5` and `group22`-`group25` are rejected.
   * @default 'group14'
   */
  readonly pfs?: string;
  /**
   * Security association lifetime in seconds (60-86400).
   * @default 3600
   */
  readonly lifetimeSeconds?: number;
}

/** Props of {@link SiteToSiteVpn}. */
export interface SiteToSiteVpnProps {
  /** The OpenStack site (region) the site-to-site VPN lives on. Its provider creates every resource. */
  readonly site: ISite;
  /** Router the VPN service runs on (it needs an external gateway). */
  readonly routerId: string;
  /** Local subnets reachable through the tunnel (subnet IDs). */
  readonly localSubnetIds: string[];
  /**
   * The router interfaces that attach the local subnets to the router. The site
   * connection depends on them: Neutron refuses a connection whose local subnet is not
   * yet on the router (`SubnetIsNotConnectedToRouter`), and nothing else orders them.
   * Pass `[]` only when the interfaces already exist outside this stack.
   */
  readonly routerInterfaces: ITerraformDependable[];
  /** Public address (or FQDN) of the peer gateway. */
  readonly peerAddress: string;
  /**
   * IKE identity of the peer.
   * @default the peer address
   */
  readonly peerId?: string;
  /** Prefixes behind the peer, e.g. `['192.168.50.0/24']`. */
  readonly peerCidrs: string[];
  /**
   * The pre-shared key: `SecretSource.generate()` (share the generated value with the
   * peer out of band) or `SecretSource.fromSensitiveVariable(variable)`. Never a literal.
   */
  readonly presharedKey: SecretSource;
  /**
   * IKE (phase 1) cryptography.
   * @default - aes-256, sha256, group14, 3600 s
   */
  readonly ike?: VpnCryptoOptions;
  /**
   * IPsec (phase 2) cryptography. PFS is always on.
   * @default - aes-256, sha256, group14, 3600 s
   */
  readonly ipsec?: VpnCryptoOptions;
  /**
   * IKE version, `v2` or `v1`.
   * @default 'v2'
   */
  readonly ikeVersion?: string;
  /**
   * Tunnel MTU (68-9216).
   * @default - Neutron's default (1500)
   */
  readonly mtu?: number;
  /**
   * Name prefix in Neutron.
   * @default - derived from the construct path
   */
  readonly name?: string;
}

const STRONG_CIPHER = /^aes-(128|192|256)(-ctr|-(ccm|gcm)-(8|12|16))?$/;
const STRONG_AUTH = ['sha256', 'sha384', 'sha512'];
const STRONG_GROUPS = [14, 15, 16, 17, 18, 19, 20, 21, 26, 27, 28, 29, 30, 31].map((g) => `group${g}`);

/**
 * A Neutron VPNaaS site-to-site IPsec tunnel: IKE and IPsec policies with strong
 * defaults, a VPN service on a router, local (subnet) and peer (CIDR) endpoint groups
 * and the site connection with dead-peer detection.
 */
export class SiteToSiteVpn extends Construct {
  /** The site the resources live on. */
  public readonly site: ISite;
  private readonly provider: OpenstackProvider;
  /** The IKE (phase 1) policy. */
  public readonly ikePolicy: VpnaasIkePolicyV2;
  /** The IPsec (phase 2) policy. */
  public readonly ipsecPolicy: VpnaasIpsecPolicyV2;
  /** The VPN service on the router. */
  public readonly service: VpnaasServiceV2;
  /** The local endpoint group (subnets). */
  public readonly localEndpointGroup: VpnaasEndpointGroupV2;
  /** The peer endpoint group (CIDRs). */
  public readonly peerEndpointGroup: VpnaasEndpointGroupV2;
  /** The IPsec site connection. */
  public readonly connection: VpnaasSiteConnectionV2;
  /** The pre-shared key as a (sensitive) expression, to hand to the peer's operators. */
  public readonly presharedKey: string;

  constructor(scope: Construct, id: string, props: SiteToSiteVpnProps) {
    super(scope, id);
    this.site = props.site;
    this.provider = openstackProviderOf(props.site, this, 'site', 'site-to-site VPNs (VPNaaS)');
    requireNonEmpty(this, 'routerId', props.routerId);
    requireNonEmpty(this, 'peerAddress', props.peerAddress);
    requireNotEmptyList(this, 'localSubnetIds', props.localSubnetIds, 'pass the IDs of the local subnets to route through the tunnel');
    requireNotEmptyList(this, 'peerCidrs', props.peerCidrs, 'pass the prefixes behind the peer');
    props.peerCidrs.forEach((cidr, i) => requireCidr(this, `peerCidrs[${i}]`, cidr));
    requireOneOf(this, 'ikeVersion', props.ikeVersion ?? 'v2', ['v2', 'v1']);
    if (props.mtu !== undefined) requireIntegerInRange(this, 'mtu', props.mtu, 68, 9216);
    const ike = this.crypto('ike', props.ike);
    const ipsec = this.crypto('ipsec', props.ipsec);
    this.presharedKey = props.presharedKey.bind(this, 'psk', 'presharedKey');

    const name = physicalName(this, props.name);
    this.ikePolicy = new VpnaasIkePolicyV2(this, 'ike-policy', {
      provider: this.provider,
      name: `${name}-ike`,
      ikeVersion: props.ikeVersion ?? 'v2',
      phase1NegotiationMode: 'main',
      ...ike,
    });
    this.ipsecPolicy = new VpnaasIpsecPolicyV2(this, 'ipsec-policy', {
      provider: this.provider,
      name: `${name}-ipsec`,
      transformProtocol: 'esp',
      encapsulationMode: 'tunnel',
      ...ipsec,
    });
    this.service = new VpnaasServiceV2(this, 'service', { provider: this.provider, name, routerId: props.routerId, adminStateUp: true });
    this.localEndpointGroup = new VpnaasEndpointGroupV2(this, 'local-endpoints', {
      provider: this.provider,
      name: `${name}-local`,
      type: 'subnet',
      endpoints: props.localSubnetIds,
    });
    this.peerEndpointGroup = new VpnaasEndpointGroupV2(this, 'peer-endpoints', {
      provider: this.provider,
      name: `${name}-peer`,
      type: 'cidr',
      endpoints: props.peerCidrs,
    });
    this.connection = new VpnaasSiteConnectionV2(this, 'connection', {
      provider: this.provider,
      name,
      ikepolicyId: this.ikePolicy.id,
      ipsecpolicyId: this.ipsecPolicy.id,
      vpnserviceId: this.service.id,
      localEpGroupId: this.localEndpointGroup.id,
      peerEpGroupId: this.peerEndpointGroup.id,
      peerAddress: props.peerAddress,
      peerId: props.peerId ?? props.peerAddress,
      psk: this.presharedKey,
      initiator: 'bi-directional',
      mtu: props.mtu,
      dpd: [{ action: 'restart', interval: 30, timeout: 120 }],
      adminStateUp: true,
      dependsOn: props.routerInterfaces.length > 0 ? props.routerInterfaces : undefined,
    });
  }

  private crypto(prop: string, options: VpnCryptoOptions = {}) {
    const encryptionAlgorithm = options.encryptionAlgorithm ?? 'aes-256';
    const authAlgorithm = options.authAlgorithm ?? 'sha256';
    const pfs = options.pfs ?? 'group14';
    const lifetime = options.lifetimeSeconds ?? 3600;
    if (!Token.isUnresolved(encryptionAlgorithm) && !STRONG_CIPHER.test(encryptionAlgorithm)) {
      throw new ValidationError(this, `${prop}.encryptionAlgorithm`, `"${encryptionAlgorithm}" is weak or unknown crypto (DES and 3DES are broken)`, 'use "aes-256" (the default), "aes-128" or an AES GCM/CCM/CTR variant such as "aes-256-gcm-16"');
    }
    requireOneOf(this, `${prop}.authAlgorithm`, authAlgorithm, STRONG_AUTH, `"${authAlgorithm}" is weak or unknown crypto (MD5 and SHA-1 are broken)`);
    requireOneOf(this, `${prop}.pfs`, pfs, STRONG_GROUPS, `"${pfs}" is a weak or unknown Diffie-Hellman group (group2/group5 are below 2048 bits; group22-24 have small subgroups)`);
    requireIntegerInRange(this, `${prop}.lifetimeSeconds`, lifetime, 60, 86400);
    return { encryptionAlgorithm, authAlgorithm, pfs, lifetime: [{ units: 'seconds', value: lifetime }] };
  }
}
