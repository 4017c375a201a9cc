// FinanceCicdPlatform (issue 5, item 3): see README.md in this folder.
export * from './options';
export * from './finance-cicd-platform';
export * from './vm-estate';
