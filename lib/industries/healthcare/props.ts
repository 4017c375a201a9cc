import { Image, ISite, Size } from '../../pool';
import { AuditSinkOptions } from '../audit-sink-options';
import { TierOptionsBase } from '../tier-options';

/** The attested hosts of one pool (H1, H2). */
export interface HealthcarePoolSpec {
  /** Nova compute service host names (attested by the trust service). At least one; a host is in one pool only. */
  readonly hosts: string[];
  /**
   * The pool's availability zone.
   * @default - none
   */
  readonly zone?: string;
}

/** The three separate trusted pools of the source's diagram (H2). */
export interface HealthcarePoolsSpec {
  /** The trusted network, control and authentication cluster. */
  readonly control: HealthcarePoolSpec;
  /** The trusted compute pool: every workload runs here (H1). */
  readonly compute: HealthcarePoolSpec;
  /** The trusted storage pool. */
  readonly storage: HealthcarePoolSpec;
}

/** A data volume of a tier (on the encrypted volume type). */
export interface HealthcareVolumeSpec {
  /** Volume name, unique in the tier. */
  readonly name: string;
  /** Size in GiB. */
  readonly sizeGiB: number;
}

/** One workload tier: an instance group on attested hosts, on encrypted volumes. */
export interface HealthcareTierSpec extends TierOptionsBase {
  /** Size of each member. */
  readonly size: Size;
  /** The image. */
  readonly image: Image;
  /** The TCP port the tier serves. */
  readonly port: number;
  /**
   * Members.
   * @default 2
   */
  readonly count?: number;
  /**
   * Boot volume size in GiB (on the encrypted type).
   * @default 40
   */
  readonly bootVolumeGiB?: number;
  /**
   * Data volumes of each member (on the encrypted type).
   * @default - none
   */
  readonly volumes?: HealthcareVolumeSpec[];
}

/** A Keystone group's role on the cloud's project (H5). */
export interface HealthcareRoleGrant {
  /** The Keystone group ID. */
  readonly groupId: string;
  /**
   * The role name. `admin` is refused (least privilege).
   * @default 'reader'
   */
  readonly role?: string;
}

/** One rule of an application credential: the only API call it may make (H5). */
export interface HealthcareAccessRule {
  /** The service type, e.g. `object-store`, `key-manager`. */
  readonly service: string;
  /** The HTTP method, e.g. `GET`. */
  readonly method: string;
  /** The API path, e.g. `/v1/AUTH_**` (Keystone wildcards: `*` one segment, `**` any). */
  readonly path: string;
}

/** An application credential for a workload (H5): restricted, with the least roles and explicit access rules. */
export interface HealthcareApplicationCredentialSpec {
  /** Credential name (a DNS label, unique in the cloud). */
  readonly name: string;
  /**
   * Role names the credential carries. `admin` is refused.
   * @default ['reader']
   */
  readonly roles?: string[];
  /** The API calls the credential may make. At least one. */
  readonly accessRules: HealthcareAccessRule[];
  /**
   * Expiry (RFC 3339), e.g. `2027-06-30T00:00:00Z`.
   * @default - no expiry
   */
  readonly expiresAt?: string;
}

/** A Heat stack the cloud deploys (H8), when the site runs Heat. */
export interface HealthcareOrchestrationSpec {
  /** Stack name (a DNS label). */
  readonly name: string;
  /** The HOT template (YAML or JSON text). */
  readonly template: string;
  /**
   * Template parameters.
   * @default - none
   */
  readonly parameters?: { [key: string]: string };
}

/** Properties of a {@link HealthcareCloud}. */
export interface HealthcareCloudProps {
  /** The site: an OpenStack region with an external network. */
  readonly site: ISite;
  /** Geographic tag of every resource (H6), e.g. `cn-hubei-wuhan-dc1`. */
  readonly location: string;
  /** Asset tag of every resource (H6): the asset owner or certificate, e.g. `asset-cert-2016-0042`. */
  readonly assetOwner: string;
  /**
   * Trust tag of every resource (H6): the attestation state the resources require.
   * @default 'attested'
   */
  readonly trust?: string;
  /** The attested control, compute and storage pools (H1, H2). */
  readonly pools: HealthcarePoolsSpec;
  /** The frontend network: the load balancer's VIP, behind the firewall. */
  readonly frontendCidr: string;
  /** The application network: application (and database) tiers, reachable from the frontend only. */
  readonly applicationCidr: string;
  /** The application tier behind the load balancer (H3). */
  readonly application: HealthcareTierSpec;
  /**
   * The database tier, reachable from the application tier only.
   * @default - none
   */
  readonly database?: HealthcareTierSpec;
  /**
   * The audit/log tier (MLPS security audit), reachable from the other tiers on its port.
   * @default - none
   */
  readonly audit?: HealthcareTierSpec;
  /**
   * An audit-log sink (MLPS security audit, H7). Collectors on fixed addresses in the
   * application network, on the attested compute pool and booting from the encrypted type,
   * forward to the audit platform. Every tier (the `audit` tier included) ships its logs to
   * them, and its group may reach them on 514. MLPS-9 checks the wiring.
   * @default - none
   */
  readonly auditSink?: AuditSinkOptions;
  /** The Barbican container of the TLS certificate the load balancer terminates (H4). */
  readonly tlsContainerRef: string;
  /**
   * The public HTTPS port.
   * @default 443
   */
  readonly publicPort?: number;
  /**
   * Sources allowed through the firewall to the public port.
   * @default ['0.0.0.0/0']
   */
  readonly allowedSourceCidrs?: string[];
  /**
   * The encrypted volume type every volume uses (H4). An operator prerequisite: the
   * provider cannot create encryption types.
   */
  readonly encryptedVolumeType: string;
  /**
   * Bandwidth limit of the load balancer's floating IP, in kbit/s.
   * @default 100000
   */
  readonly floatingIpMaxKbps?: number;
  /**
   * The project the cloud is deployed in (role grants need it).
   * @default - none: required with `roleGrants`
   */
  readonly projectId?: string;
  /**
   * Roles of Keystone groups on the project (H5).
   * @default - none
   */
  readonly roleGrants?: HealthcareRoleGrant[];
  /**
   * Application credentials of the workloads (H5).
   * @default - none
   */
  readonly applicationCredentials?: HealthcareApplicationCredentialSpec[];
  /**
   * The MLPS (等保) level the operator classified the system at (H7): 2, 3 or 4, recorded as
   * the label `oscar.io/mlps-level`. Enable the matching compliance pack on the stack.
   * @default - none recorded
   */
  readonly mlpsLevel?: number;
  /**
   * A Heat stack (H8). Set it only where the site runs Heat (orchestration).
   * @default - none
   */
  readonly orchestration?: HealthcareOrchestrationSpec;
  /**
   * Sources of SSH (22) to every tier.
   * @default - none: no SSH rule
   */
  readonly adminCidrs?: string[];
}
