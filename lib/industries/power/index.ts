export * from './props';
export * from './power-grid-cloud';
