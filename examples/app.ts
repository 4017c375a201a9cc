// Entry point of `cdktf synth` (see cdktf.json): every example stack in one app.
import { App } from 'cdktf';
import { ReviewKit } from 'oscar-blueprints';
import { addExamples } from './index';

const app = new App();
addExamples(app);
app.synth();
// cdktf has no post-synth hook: the review artifacts (diagrams, capacity report, review page)
// are written from the synthesized JSON right after synth, in this same process, so
// `npx cdktf synth` produces them. A failure fails the synth.
ReviewKit.writeArtifacts({ outdir: app.outdir }).catch((e: Error) => {
  console.error(`review artifacts: ${e.message}`);
  process.exitCode = 1;
});
