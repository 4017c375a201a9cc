export * from './props';
export * from './healthcare-cloud';
