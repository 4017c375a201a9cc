export * from './props';
export * from './region';
export * from './telecom-ha-platform';
export * from './regions';
