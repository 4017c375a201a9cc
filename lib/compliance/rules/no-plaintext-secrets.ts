import { COMPLIANT, RuleDefinition, nonCompliant } from '../model';
import { isObject, isUnresolved } from '../private/attrs';

const SECRET_KEY = /(^|_)(password|passwd|secret|token|psk|admin_pass|private_key|api_key|access_key|secret_key|passphrase|client_secret)$/i;
const NOT_A_SECRET = /(_id|_ref|_name|_file|_path|_ttl|_type|_length)$/i;

// KEY=value, KEY: value or export KEY=value lines in cloud-init / shell user data.
const ASSIGNMENT = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*[:=]\s*["']?([^"'\s#]+)/gm;
const FREE_TEXT = new Set(['user_data', 'userdata', 'custom_data']);

function isLiteral(v: unknown): v is string {
  return typeof v === 'string' && v !== '' && !isUnresolved(v);
}

function findLiteralSecrets(value: unknown, path: string, out: string[]): void {
  if (Array.isArray(value)) value.forEach((v, i) => findLiteralSecrets(v, `${path}[${i}]`, out));
  else if (isObject(value)) {
    // Name/value pairs such as container env: { name = "DB_PASSWORD", value = "..." }.
    if (typeof value.name === 'string' && SECRET_KEY.test(value.name.toLowerCase()) && isLiteral(value.value)) out.push(`${path}(${value.name})`);
    for (const [k, v] of Object.entries(value)) {
      const p = path ? `${path}.${k}` : k;
      if (typeof v === 'string' && FREE_TEXT.has(k)) findAssignedSecrets(v, p, out);
      else if (isLiteral(v) && SECRET_KEY.test(k) && !NOT_A_SECRET.test(k)) out.push(p);
      else if (k !== 'for_each') findLiteralSecrets(v, p, out);
    }
  }
}

/** Secret-named assignments with a literal value inside free text (user data is stored in plain text). */
function findAssignedSecrets(text: string, path: string, out: string[]): void {
  for (const m of text.matchAll(ASSIGNMENT)) {
    if (SECRET_KEY.test(m[1]) && !NOT_A_SECRET.test(m[1]) && !m[2].includes('${')) out.push(`${path}(${m[1]})`);
  }
}

/** No literal value in an attribute named like a secret (password, token, psk, ...). */
export const noPlaintextSecrets: RuleDefinition = {
  name: 'no-plaintext-secrets',
  title: 'No plaintext secrets in attributes',
  explanation: 'A literal password, token or pre-shared key in the configuration ends up in source control, in cdk.tf.json and in plan output.',
  fix: 'Generate the value with the random provider (random_password) or pass it as a sensitive TerraformVariable or secret-store reference; in user data, have the instance fetch secrets at boot instead of embedding them.',
  check: (r) => {
    const found: string[] = [];
    findLiteralSecrets(r.attributes, '', found);
    return found.length ? nonCompliant(`literal secret value in ${found.join(', ')}`) : COMPLIANT;
  },
};
