// Entry point of `cdktf synth` (see cdktf.json): every example stack in one app.
import { App } from 'cdktf';
import { addExamples } from './index';

const app = new App();
addExamples(app);
app.synth();
