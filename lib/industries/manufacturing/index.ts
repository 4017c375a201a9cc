export * from './props';
export * from './manufacturing-cloud';
