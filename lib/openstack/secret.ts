import type { Password } from '@cdktf/provider-random/lib/password';
import { TerraformVariable, Token } from 'cdktf';
import { Construct } from 'constructs';
import { ValidationError } from '../core/errors';
import { peer } from '../core/private/peers';
import { requireIntegerInRange } from '../core/private/validate';

const peerPassword = () => peer<typeof import('@cdktf/provider-random/lib/password')>('@cdktf/provider-random', 'lib/password');

/** Options for {@link SecretSource.generate}. */
export interface GeneratedSecretOptions {
  /**
   * Length of the generated secret.
   * @default 32
   */
  readonly length?: number;
  /**
   * Include special characters. Off by default because pre-shared keys, Swift
   * metadata and database drivers disagree about which ones need escaping.
   * @default false
   */
  readonly special?: boolean;
}

/**
 * Where a secret (a password, a VPN pre-shared key, a Swift key) comes from.
 *
 * There is deliberately no way to pass a literal string: secrets are either generated
 * by the `hashicorp/random` provider (`random_password`, kept in state as sensitive),
 * read from a `sensitive` Terraform variable, or referenced from a secret store as a
 * token. A literal passed to {@link SecretSource.fromToken} is rejected when a construct
 * uses it, with an error naming the construct and the prop.
 *
 * Generated secrets need the `hashicorp/random` provider in the stack
 * (`new RandomProvider(stack, 'random')` from `@cdktf/provider-random`).
 */
export class SecretSource {
  /** A secret generated at apply time by `random_password`. */
  public static generate(options: GeneratedSecretOptions = {}): SecretSource {
    return new SecretSource('generated', undefined, undefined, options);
  }

  /** A secret read from a Terraform variable, which must be declared `sensitive: true`. */
  public static fromSensitiveVariable(variable: TerraformVariable): SecretSource {
    return new SecretSource('variable', variable);
  }

  /**
   * A secret referenced from elsewhere as a token, e.g. an attribute of a secret-store
   * data source. A literal string is rejected when the secret is used.
   */
  public static fromToken(value: string): SecretSource {
    return new SecretSource('token', undefined, value);
  }

  /** The `random_password` resource behind a generated secret, once a construct has used it. */
  public generatedPassword?: Password;
  private generatedValue?: string;

  private constructor(
    private readonly kind: string,
    private readonly variable?: TerraformVariable,
    private readonly token?: string,
    private readonly options: GeneratedSecretOptions = {},
  ) {}

  /**
   * The secret as a Terraform expression for a construct's prop. A generated secret
   * creates its `random_password` under `scope` with `id` on first use and is shared
   * by every later use. Throws for a literal or a non-sensitive variable.
   */
  public bind(scope: Construct, id: string, prop: string): string {
    switch (this.kind) {
      case 'generated': {
        if (!this.generatedPassword) {
          const length = this.options.length ?? 32;
          requireIntegerInRange(scope, `${prop}.length`, length, 16, 256);
          this.generatedPassword = new (peerPassword().Password)(scope, id, { length, special: this.options.special ?? false });
          this.generatedValue = this.generatedPassword.result;
        }
        return this.generatedValue!;
      }
      case 'variable':
        if (this.variable!.sensitive !== true) {
          throw new ValidationError(scope, prop, `variable "${this.variable!.node.id}" is not sensitive, so its value would show in plans and logs`, 'declare the variable with sensitive: true');
        }
        return this.variable!.stringValue;
      default:
        if (!Token.isUnresolved(this.token)) {
          throw new ValidationError(scope, prop, 'is a literal secret; secrets must never be written in code', 'use SecretSource.generate(), SecretSource.fromSensitiveVariable(variable) or a secret-store reference');
        }
        return this.token!;
    }
  }
}
