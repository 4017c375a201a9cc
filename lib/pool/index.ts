export * from './vlan-pool';
export * from './mac-pool';
