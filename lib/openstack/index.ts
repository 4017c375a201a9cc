// OpenStack service building blocks (L2) on the generated 3.4.0 bindings.
export * from './secret';
export * from './pool-members';
export * from './load-balancer-options';
export * from './load-balancer';
export * from './firewall-group';
export * from './object-container';
export * from './dns-zone';
export * from './site-to-site-vpn';
export * from './trove-database';
export * from './shared-file-system';
