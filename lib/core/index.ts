export * from './labels';
export * from './names';
export { formatValidationMessage } from './errors';
