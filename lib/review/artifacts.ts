// Writes everything a reviewer reads after a synth, into the synth folder:
//   diagrams/<stack>.{dot,svg}   reports/capacity.{json,md}   report/index.html
import * as fs from 'fs';
import * as path from 'path';
import { ComplianceStackReport } from '../compliance/report';
import { AddressDiff, diffStacks } from './baseline';
import { capacityMarkdown, capacityReport, CapacityReport, stackCapacity } from './capacity';
import { stackDot } from './diagram';
import { PageStack, reviewPage } from './html';
import { renderSvg } from './render';
import { loadStacks, ReviewInputError, SynthStack, stackNames } from './stacks';

export interface ArtifactOptions {
  readonly outdir: string;
  readonly stacks?: readonly string[];
  readonly baseline?: string;
  readonly diagrams?: boolean;
  readonly capacity?: boolean;
  readonly page?: boolean;
  /** Progress lines (stderr by default). Pass () => {} for silence. */
  readonly progress?: (line: string) => void;
}

export interface ArtifactResult {
  readonly diagrams: string[];
  readonly capacity?: CapacityReport;
  readonly capacityFiles: string[];
  readonly page?: string;
}

function write(file: string, text: string): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
}

function compliance(outdir: string, stack: string): ComplianceStackReport | undefined {
  const f = path.join(outdir, 'compliance', `${stack}.json`);
  return fs.existsSync(f) ? JSON.parse(fs.readFileSync(f, 'utf8')) : undefined;
}

export async function writeArtifacts(o: ArtifactOptions): Promise<ArtifactResult> {
  const log = o.progress ?? ((l: string) => process.stderr.write(`${l}\n`));
  const all = o.diagrams === undefined && o.capacity === undefined && o.page === undefined;
  const want = { diagrams: all || !!o.diagrams || !!o.page, capacity: all || !!o.capacity || !!o.page, page: all || !!o.page };
  const started = Date.now();
  const stacks = loadStacks(o.outdir, o.stacks);
  log(`review: ${stacks.length} stacks from ${o.outdir}`);
  const svgs = new Map<string, string>();
  const diagrams: string[] = [];
  if (want.diagrams) {
    for (const [i, s] of stacks.entries()) {
      log(`review: diagram ${i + 1}/${stacks.length} ${s.name}`);
      const dot = stackDot(s.name, s.view);
      const svg = await renderSvg(dot);
      write(path.join(o.outdir, 'diagrams', `${s.name}.dot`), dot);
      diagrams.push(write(path.join(o.outdir, 'diagrams', `${s.name}.svg`), svg));
      svgs.set(s.name, svg);
    }
  }
  const caps = stacks.map((s) => stackCapacity(s.name, s.view));
  let report: CapacityReport | undefined;
  const capacityFiles: string[] = [];
  if (want.capacity) {
    report = capacityReport(caps);
    log(`review: capacity of ${caps.reduce((n, c) => n + c.tiers.length, 0)} tiers, ${report.flaggedTiers} below their minimum after one failure`);
    capacityFiles.push(write(path.join(o.outdir, 'reports', 'capacity.json'), `${JSON.stringify(report, null, 2)}\n`));
    capacityFiles.push(write(path.join(o.outdir, 'reports', 'capacity.md'), capacityMarkdown(report)));
  }
  let page: string | undefined;
  if (want.page) {
    let base: Map<string, SynthStack> | undefined;
    let removed: AddressDiff[] = [];
    if (o.baseline) {
      if (!fs.existsSync(path.join(o.baseline, 'manifest.json'))) {
        throw new ReviewInputError(`--baseline ${o.baseline}: no manifest.json there; pass the cdktf.out folder of the previous synth (e.g. from the main branch)`);
      }
      base = new Map(loadStacks(o.baseline).map((s) => [s.name, s]));
      const now = new Set(stackNames(o.outdir));
      removed = [...base.values()].filter((b) => !now.has(b.name)).map((b) => diffStacks(undefined, b));
    }
    const pageStacks: PageStack[] = stacks.map((s, i) => ({
      name: s.name,
      svg: svgs.get(s.name) ?? '',
      capacity: caps[i],
      compliance: compliance(o.outdir, s.name),
      diff: base ? diffStacks(s, base.get(s.name)) : undefined,
    }));
    page = write(path.join(o.outdir, 'report', 'index.html'), reviewPage(pageStacks, { baseline: o.baseline, removed }));
    log(`review: page ${page}`);
  }
  log(`review: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { diagrams, capacity: report, capacityFiles, page };
}
