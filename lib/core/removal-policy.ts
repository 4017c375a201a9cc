/** What `terraform destroy` may do with a resource that holds data. */
export enum RemovalPolicy {
  /** `prevent_destroy`: Terraform refuses to destroy it (the default for data). */
  RETAIN = 'RETAIN',
  /** Destroyed with the stack (scratch and test data only). */
  DESTROY = 'DESTROY',
}

/** @internal True when `policy` (or `fallback` when unset) keeps the data. */
export function retains(policy: RemovalPolicy | undefined, fallback: RemovalPolicy = RemovalPolicy.RETAIN): boolean {
  return (policy ?? fallback) === RemovalPolicy.RETAIN;
}
