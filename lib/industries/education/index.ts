export * from './props';
export * from './education-cloud';
