// The discovered estate a brownfield example adopts: the `npm run discover` output named by
// context key `<prefix>.adoptFile` (or OSCAR_<PREFIX>_ADOPT_FILE), else the recorded
// adopt.json next to the example. Copy it with ./env.ts.
import { readFileSync } from 'fs';
import * as path from 'path';
import { IConstruct } from 'constructs';
import { envName } from './env';

/** The parsed adopt map, with the file and the key to fix named when it cannot be read. */
export function discoveredEstate(scope: IConstruct, prefix: string, exampleDir: string): any {
  const file = envName(scope, `${prefix}.adoptFile`, path.join(exampleDir, 'adopt.json'));
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`cannot read the discovered estate ${file} (${(e as Error).message}): write it with `
      + `\`npm run discover -- --from <target> <listings>\` and name it with context key ${prefix}.adoptFile`);
  }
}
