import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..', '..');

describe('generated S1 types', () => {
  it('libs/standards/src/generated/s1-types.ts matches the OAS files (run npm run generate:standards)', () => {
    const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'generate-standards.mjs'), '--check'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (result.status !== 0) {
      throw new Error(`The generated types are out of date: run npm run generate:standards\n${result.stderr}${result.stdout}`);
    }
    expect(result.status).toBe(0);
  });
});
