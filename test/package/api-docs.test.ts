// API.md summaries must read whole (issue 15 #23): jsii ends a summary at the first `.` or
// `;`, so a first sentence with a `;` inside was cut mid-clause ("Datastores VMs and disks may use;").
import { readFileSync } from 'fs';
import * as path from 'path';

const API = readFileSync(path.resolve(__dirname, '..', '..', 'API.md'), 'utf8');

/** The description cells of API.md's tables (props, methods, enum members...). */
function summaries(): string[] {
  return API.split('\n')
    .filter((l) => l.startsWith('| <code>') && l.trim().endsWith('|'))
    .map((l) => l.trim().slice(0, -1).split(' | ').pop()!.trim())
    .filter((d) => d.length > 0 && d !== '*No description.*');
}

test('API.md has summaries to check', () => {
  expect(summaries().length).toBeGreaterThan(500);
});

test('no API.md summary is cut inside a sentence (ends with ; or ,) or leaves a parenthesis or code span open', () => {
  const cut = summaries().filter((d) => /[;,]$/.test(d)
    || (d.match(/\(/g) ?? []).length > (d.match(/\)/g) ?? []).length
    || (d.replace(/\\`/g, '').match(/`/g) ?? []).length % 2 === 1);
  expect(cut).toEqual([]);
});
