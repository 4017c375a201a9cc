// Kubernetes app-delivery building blocks (L2), over @cdktf/provider-kubernetes.
export * from './cluster';
export * from './probe';
export * from './resources';
export * from './container-options';
export * from './route-options';
export * from './subject';
export * from './environment-namespace';
export * from './microservice';
export { Schedule } from './schedule';
export * from './scheduled-task';
export * from './canary-release';
export * from './backing-service';
export * from './image-build';
export * from './data-import';
export * from './dev-test-environment';
