// Does cdktf's supported switch, `new App({ stackTraces: false })`, avoid the stack trace
// cdktf captures for every token? Counts the captures (Error.captureStackTrace calls, a
// deterministic figure, unlike time on a shared machine) and the CPU time of one synth of
// each form, with the switch on and off. A measurement only: the wrapper below counts
// calls in this process and changes nothing cdktf does.
//   tsx bench/stack-traces.ts [instances]   (after `npx projen compile`)
import { mkdtempSync, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { constructsEstate, expertEstate, plainEstate } from './estate';

const instances = Number(process.argv[2] ?? '10000');
let captures = 0;
const original = Error.captureStackTrace;
Error.captureStackTrace = function counted(this: unknown, target: object, ctor?: Function) {
  captures++;
  return original.call(Error, target, ctor);
} as typeof Error.captureStackTrace;

const rows: string[] = [];
for (const [name, build] of [['ours', constructsEstate], ['ours, plain', plainEstate], ['expert', expertEstate]] as const) {
  for (const stackTraces of [true, false]) {
    const outdir = mkdtempSync(path.join(os.tmpdir(), 'oscar-bench-traces-'));
    captures = 0;
    const cpu0 = process.cpuUsage();
    const app = new App({ outdir, stackTraces });
    build(app, instances);
    app.synth();
    const cpu = process.cpuUsage(cpu0);
    rows.push(`| ${name} | ${stackTraces} | ${captures} | ${Math.round((cpu.user + cpu.system) / 1000)} |`);
    rmSync(outdir, { recursive: true, force: true });
  }
}
console.log(`${instances} instances, one stack, one process (the first row also pays module loading):\n`);
console.log('| form | App stackTraces | stack traces captured | CPU ms |\n|---|---|---:|---:|');
console.log(rows.join('\n'));
