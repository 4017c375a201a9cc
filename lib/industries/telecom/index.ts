export * from './types';
export * from './region';
export * from './platform';
