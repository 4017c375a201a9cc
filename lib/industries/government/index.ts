export * from './model';
export * from './government-cloud';
