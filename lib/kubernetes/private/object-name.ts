import { Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { ValidationError } from '../../core/errors';
import { Names } from '../../core/names';
import { requireDnsLabel } from '../../core/private/validate';

/**
 * The Kubernetes object name of a construct: `given` or one derived from the construct
 * path (Names.resourceName), checked to be a DNS-1123 label of at most `maxLength`
 * characters (`reason` says why a construct needs it shorter than 63).
 */
export function objectName(scope: IConstruct, given: string | undefined, maxLength: number = 63, reason?: string): string {
  const name = given ?? Names.resourceName(scope, { maxLength });
  requireDnsLabel(scope, 'name', name);
  if (!Token.isUnresolved(name) && name.length > maxLength) {
    throw new ValidationError(scope, 'name', `"${name}" is longer than ${maxLength} characters (${reason})`, `shorten the name to ${maxLength} characters or fewer`);
  }
  return name;
}
