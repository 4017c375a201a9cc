import { COMPLIANT, RuleDefinition, nonCompliant } from '../model';
import { isUnresolved } from '../private/attrs';

const STRONG_CIPHER = /^aes-(128|192|256)(-ctr|-(ccm|gcm)-(8|12|16))?$/;
const STRONG_AUTH = /^sha(256|384|512)$/;
const STRONG_PFS = /^group(1[4-9]|2[01]|2[6-9]|3[01])$/;

/** IKE and IPsec policies use AES, SHA-2 and a strong Diffie-Hellman group (the provider's defaults are weaker). */
export const vpnStrongCrypto: RuleDefinition = {
  name: 'vpn-strong-crypto',
  title: 'VPN policies use strong encryption, integrity and PFS',
  explanation: 'Vertical authentication (纵向认证): traffic that leaves a zone over the wide-area network is encrypted and authenticated. Neutron defaults (aes-128, sha1, group5) are below that bar.',
  fix: 'Set encryption_algorithm to an AES mode, auth_algorithm to sha256/384/512 and pfs to group14 or stronger (SiteToSiteVpn does by default).',
  resourceTypes: ['openstack_vpnaas_ike_policy_v2', 'openstack_vpnaas_ipsec_policy_v2'],
  check: (r) => {
    const checks: Array<[string, RegExp]> = [['encryption_algorithm', STRONG_CIPHER], ['auth_algorithm', STRONG_AUTH], ['pfs', STRONG_PFS]];
    const weak = checks
      .filter(([attr]) => !isUnresolved(r.attributes[attr]))
      .filter(([attr, strong]) => typeof r.attributes[attr] !== 'string' || !strong.test(r.attributes[attr] as string))
      .map(([attr]) => `${attr}=${String(r.attributes[attr] ?? '(provider default)')}`);
    return weak.length ? nonCompliant(`weak or default ${weak.join(', ')}`) : COMPLIANT;
  },
};
