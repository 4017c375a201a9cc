export * from './labels';
export * from './names';
export { formatValidationMessage } from './errors';
export { RemovalPolicy } from './removal-policy';
export * from './incremental-synth';
