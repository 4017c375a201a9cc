// Hand-written library files stay small enough to read: at most 400 lines each. The
// generated provider bindings (lib/providers/) are exempt.
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';

const LIB = path.resolve(__dirname, '..', '..', 'lib');
const MAX_LINES = 400;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return full === path.join(LIB, 'providers') ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Lines as an editor shows them: a last line without a newline counts. */
function lineCount(text: string): number {
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

test(`no hand-written lib/**/*.ts file (outside lib/providers/) has more than ${MAX_LINES} lines`, () => {
  const files = sourceFiles(LIB);
  expect(files.length).toBeGreaterThan(50);
  const tooLong = files
    .map((file) => ({ file: path.relative(LIB, file), lines: lineCount(readFileSync(file, 'utf8')) }))
    .filter((f) => f.lines > MAX_LINES)
    .map((f) => `lib/${f.file}: ${f.lines} lines`);
  expect(tooLong).toEqual([]);
});
