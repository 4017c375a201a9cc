export * from './props';
export * from './zones';
export * from './department';
export * from './government-cloud';
