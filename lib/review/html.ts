// The review page: one self-contained HTML file (inline CSS and SVG, no script, no network)
// with every stack's diagram, capacity table, compliance findings and, given a baseline, the
// Terraform address diff.
import { ComplianceStackReport } from '../compliance/report';
import { AddressDiff } from './baseline';
import { StackCapacity } from './capacity';

export interface PageStack {
  readonly name: string;
  readonly svg: string;
  readonly capacity: StackCapacity;
  /** Undefined when no compliance pack is enabled on the stack. */
  readonly compliance?: ComplianceStackReport;
  readonly diff?: AddressDiff;
}

const h = (s: unknown) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const anchor = (s: string) => `stack-${s.replace(/[^A-Za-z0-9_-]/g, '-')}`;

const CSS = `body{font-family:"DejaVu Sans",sans-serif;margin:0;color:#0f172a;background:#fff}
header{background:#1e293b;color:#fff;padding:16px 24px}main{padding:0 24px 48px}
nav ul{columns:3;list-style:none;padding:0}nav a{color:#1d4ed8}
section.stack{border-top:2px solid #cbd5e1;margin-top:24px}
figure.diagram{overflow:auto;border:1px solid #e2e8f0;padding:8px;margin:0}figure.diagram svg{max-width:100%;height:auto}
table{border-collapse:collapse;margin:8px 0;font-size:13px}th,td{border:1px solid #cbd5e1;padding:3px 8px;text-align:left;vertical-align:top}
th{background:#f1f5f9}tr.flagged td{background:#fee2e2}.sev-ERROR{color:#b91c1c;font-weight:bold}.sev-WARNING{color:#b45309}
.suppressed{color:#64748b}.pass{color:#15803d;font-weight:bold}.fail{color:#b91c1c;font-weight:bold}
.created{color:#15803d}.deleted{color:#b91c1c}.moved{color:#1d4ed8}`;

function capacityTable(c: StackCapacity): string {
  if (c.tiers.length === 0) return '<p>No tiers.</p>';
  const rows = c.tiers.map((t) => {
    const spread = t.spreads.map((s) => `${h(s.kind)}: ${Object.entries(s.members).map(([k, v]) => `${h(k)}=${v}`).join(', ')}`).join('<br>');
    return `<tr class="${t.flagged ? 'flagged' : 'ok'}" data-tier="${h(t.tier)}"><td>${h(t.tier)}</td><td>${h(t.site)}</td><td>${t.members}</td><td>${spread}</td><td>${h(t.worstDomain)}</td><td>${t.survivors}</td><td>${t.minimum} <small>(${h(t.minimumSource)})</small></td><td>${t.flagged ? '<span class="fail">below minimum</span>' : '<span class="pass">ok</span>'}</td></tr>`;
  });
  return `<table class="capacity"><thead><tr><th>tier</th><th>site</th><th>members</th><th>spread</th><th>worst single failure</th><th>survivors</th><th>minimum</th><th>after one failure</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function findings(r: ComplianceStackReport | undefined): string {
  if (!r) return '<p class="findings-none">No compliance pack enabled on this stack.</p>';
  const rows = r.findings.map((f) => `<tr class="finding${f.suppressed ? ' suppressed' : ''}"><td class="sev-${h(f.severity)}">${h(f.severity)}</td><td>${h(f.ruleId)}</td><td>${h(f.constructPath)}</td><td>${h(f.message)}</td><td>${f.suppressed ? `suppressed: ${h(f.suppressionReason ?? '')}` : 'open'}</td></tr>`);
  const supp = r.suppressions.map((s) => `<tr class="suppression"><td>${h(s.constructPath)}</td><td>${h(s.ruleId ?? 'all rules')}</td><td>${h(s.reason)}</td><td>${s.matched}</td></tr>`);
  const open = r.findings.filter((f) => !f.suppressed).length;
  return `<p class="findings-summary" data-findings="${r.findings.length}" data-open="${open}">Packs ${h(r.packs.join(', '))}: <span class="${r.failures.length ? 'fail">FAIL' : 'pass">PASS'}</span>, ${r.findings.length} findings (${open} open, ${r.findings.length - open} suppressed), ${r.errors} errors, ${r.warnings} warnings.</p>`
    + (rows.length ? `<table class="findings"><thead><tr><th>severity</th><th>rule</th><th>construct</th><th>message</th><th>status</th></tr></thead><tbody>${rows.join('')}</tbody></table>` : '')
    + (supp.length ? `<h4>Suppressions</h4><table class="suppressions"><thead><tr><th>construct</th><th>rule</th><th>reason</th><th>matched</th></tr></thead><tbody>${supp.join('')}</tbody></table>` : '');
}

function diffBlock(d: AddressDiff | undefined): string {
  if (!d) return '';
  const li = (cls: string, sign: string, items: string[]) => items.map((a) => `<li class="${cls}">${sign} ${h(a)}</li>`).join('');
  return `<h3>Changes against the baseline</h3><p class="diff-summary" data-created="${d.created.length}" data-deleted="${d.deleted.length}" data-moved="${d.moved.length}">Stack ${d.stackStatus}: ${d.created.length} to create, ${d.deleted.length} to delete, ${d.moved.length} moved.</p><ul class="diff">${li('created', '+', d.created)}${li('deleted', '-', d.deleted)}${d.moved.map((m) => `<li class="moved">→ ${h(m.from)} → ${h(m.to)}</li>`).join('')}</ul>`;
}

export function reviewPage(stacks: readonly PageStack[], opts: { baseline?: string; removed?: readonly AddressDiff[] }): string {
  const flagged = stacks.reduce((n, s) => n + s.capacity.tiers.filter((t) => t.flagged).length, 0);
  const nav = stacks.map((s) => `<li><a href="#${anchor(s.name)}">${h(s.name)}</a></li>`).join('');
  const body = stacks.map((s) => `<section class="stack" id="${anchor(s.name)}" data-stack="${h(s.name)}"><h2>${h(s.name)}</h2>
<h3>Diagram</h3><figure class="diagram">${s.svg.replace(/^<\?xml[^>]*>\s*(<!DOCTYPE[^>]*>\s*)?/, '')}</figure>
<h3>Capacity and failure domains</h3>${capacityTable(s.capacity)}
<h3>Compliance findings</h3>${findings(s.compliance)}${diffBlock(s.diff)}</section>`).join('\n');
  const removed = (opts.removed ?? []).map((d) => `<section class="stack removed"><h2>${h(d.stack)} (removed)</h2>${diffBlock(d)}</section>`).join('');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>oscar-blueprints review</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"><style>${CSS}</style></head>
<body><header><h1>Synth review</h1><p>${stacks.length} stacks, ${flagged} tiers below their minimum after one failure${opts.baseline ? `, compared with ${h(opts.baseline)}` : ''}.</p></header>
<main><nav><h2>Stacks</h2><ul class="stack-list">${nav}</ul></nav>${body}${removed}</main></body></html>
`;
}
