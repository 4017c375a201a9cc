import { IConstruct } from 'constructs';

/**
 * Formats a configuration error so every construct reports bad input the same way:
 * which construct, which prop, what is wrong and how to fix it.
 *
 * Example: `[ims-core/ims/web] props.replicas: an HA tier needs at least 2 members (got 1). Fix: set replicas to 2 or more.`
 */
export function formatValidationMessage(scope: IConstruct, prop: string, problem: string, fix: string): string {
  return `[${scope.node.path}] props.${prop}: ${problem}. Fix: ${fix}.`;
}

/**
 * Thrown at construction time for invalid literal input.
 *
 * Not exported from the package root: jsii cannot expose subclasses of `Error`.
 * Callers see a plain `Error` whose message follows {@link formatValidationMessage}.
 */
export class ValidationError extends Error {
  public readonly constructPath: string;
  public readonly prop: string;

  constructor(scope: IConstruct, prop: string, problem: string, fix: string) {
    super(formatValidationMessage(scope, prop, problem, fix));
    this.name = 'ValidationError';
    this.constructPath = scope.node.path;
    this.prop = prop;
  }
}
