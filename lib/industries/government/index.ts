export * from './props';
export * from './peer';
export * from './audit';
export * from './zones';
export * from './department';
export * from './government-cloud';
