export * from './site';
export * from './vlan-pool';
export * from './mac-pool';
export * from './segmentation';
export * from './network';
export * from './security-zone';
export * from './openstack/site';
export * from './vsphere/site';
