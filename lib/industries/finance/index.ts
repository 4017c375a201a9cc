// FinanceCicdPlatform (issue 5, item 3): see README.md in this folder.
export * from './props';
export * from './vm-estate-props';
export * from './finance-cicd-platform';
export * from './vm-estate';
