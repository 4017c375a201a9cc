// Public API. The OpenStack L1 bindings are a jsii submodule (`openstack`) whose index
// loads each resource module on first use, so importing the package stays cheap.
export * from './core';
export * from './compliance';
export * as openstack from './providers/openstack';
export * from './openstack';
export * from './pool';
export * from './kubernetes';
export * from './industries/tier-options';
export * from './industries/audit-sink-options';
export * from './industries/finance';
export * from './industries/telecom';
export * from './industries/broadcast';
export * from './industries/government';
export * from './industries/power';
export * from './industries/manufacturing';
export * from './industries/healthcare';
export * from './industries/education';
export * from './review';
