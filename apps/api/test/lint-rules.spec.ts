import { execFileSync } from 'node:child_process';
import path from 'node:path';

// The house rules in eslint.config.mjs, each shown firing where it applies and silent on the
// allowed counterpart. Snippets are linted as the text of real files (type-aware rules need a file
// the TypeScript project knows); ESLint runs in a child process because its config is an ES module.
const REPO = path.resolve(__dirname, '../../..');

interface Case {
  code: string;
  filePath: string;
}
interface Finding {
  ruleId: string | null;
  message: string;
}

const RUNNER = `
import { ESLint } from 'eslint';
let input = '';
for await (const chunk of process.stdin) input += chunk;
const eslint = new ESLint({ cwd: process.cwd(), cache: false });
const out = [];
for (const c of JSON.parse(input)) {
  const [result] = await eslint.lintText(c.code, { filePath: c.filePath });
  out.push(result.messages.map((m) => ({ ruleId: m.ruleId, message: m.message })));
}
process.stdout.write(JSON.stringify(out));
`;

function lintAll(cases: Case[]): Finding[][] {
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', RUNNER], {
    cwd: REPO,
    // With CI=true typescript-eslint infers a single run and reads each file from disk, ignoring the
    // snippet given to lintText; the snippets must be what is linted.
    env: { ...process.env, TSESTREE_SINGLE_RUN: 'false' },
    input: JSON.stringify(cases),
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(output.toString()) as Finding[][];
}

const LIB_FILE = 'libs/accounts/src/index.ts';
const APP_FILE = 'apps/api/src/main.ts';
const CONFIG_FILE = 'libs/config/src/index.ts';
const TEST_FILE = 'apps/api/test/lint-rules.spec.ts';
const WEB_FILE = 'apps/web/src/main.tsx';

// Each rule: a snippet that breaks it at a path where it applies, and the allowed counterpart.
// Paths are index or entry files, which move least.
const RULES: { name: string; rule: string; text: RegExp; bad: Case; good: Case }[] = [
  {
    name: 'a lib importing an app',
    rule: 'no-restricted-imports',
    text: /does not import an app/,
    bad: { filePath: LIB_FILE, code: "export { bootstrapApi } from '@veraz/api';\n" },
    good: { filePath: APP_FILE, code: "export { startWorker } from '@veraz/worker';\n" },
  },
  {
    name: "a deep import into another lib's src",
    rule: 'no-restricted-imports',
    text: /not its src or dist/,
    bad: { filePath: APP_FILE, code: "export { loadConfig } from '@veraz/config/src/load-config';\n" },
    good: { filePath: APP_FILE, code: "export { loadConfig } from '@veraz/config';\n" },
  },
  {
    name: "a deep import into another lib's dist",
    rule: 'no-restricted-imports',
    text: /not its src or dist/,
    bad: { filePath: TEST_FILE, code: "export { freePort } from '@veraz/testing/dist/free-port';\n" },
    good: { filePath: WEB_FILE, code: "export const load = () => import('@veraz/standards-data/formulario/etiquetas.json');\n" },
  },
  {
    name: 'a relative import that leaves its lib',
    rule: 'import-x/no-relative-packages',
    text: /another package/,
    bad: { filePath: LIB_FILE, code: "export { freePort } from '../../testing/src/free-port';\n" },
    good: { filePath: 'libs/testing/src/index.ts', code: "export { freePort } from './free-port';\n" },
  },
  {
    name: 'a repository imported from another lib',
    rule: 'no-restricted-imports',
    text: /repository stays inside its lib/,
    bad: { filePath: LIB_FILE, code: "import { InstitutionsRepository } from '@veraz/institutions';\nexport type R = InstitutionsRepository;\n" },
    good: { filePath: LIB_FILE, code: "import { InstitutionsService } from '@veraz/institutions';\nexport type S = InstitutionsService;\n" },
  },
  {
    name: 'a repository imported into an app',
    rule: 'no-restricted-imports',
    text: /repository stays inside its lib/,
    bad: { filePath: APP_FILE, code: "import { FilingsRepository } from '@veraz/declarations';\nexport type F = FilingsRepository;\n" },
    good: { filePath: APP_FILE, code: "import { FilingsService } from '@veraz/declarations';\nexport type F = FilingsService;\n" },
  },
  {
    name: 'a transaction opened outside a runner',
    rule: 'no-restricted-imports',
    text: /Only a runner opens a transaction/,
    bad: { filePath: LIB_FILE, code: "import { UnitOfWork } from '@veraz/tenancy';\nexport type U = UnitOfWork;\n" },
    good: { filePath: 'apps/api/src/cli/cli-runner.ts', code: "import { UnitOfWork } from '@veraz/tenancy';\nexport type U = UnitOfWork;\n" },
  },
  {
    name: 'an import cycle between libs',
    rule: 'import-x/no-cycle',
    text: /Dependency cycle/,
    bad: { filePath: 'libs/institutions/src/index.ts', code: "import { InvitationsService } from '@veraz/accounts';\nexport type I = InvitationsService;\n" },
    good: { filePath: 'libs/institutions/src/index.ts', code: "import { AuditLog } from '@veraz/audit';\nexport type A = AuditLog;\n" },
  },
  {
    name: 'process.env outside the config lib',
    rule: 'no-restricted-properties',
    text: /only in @veraz\/config/,
    bad: { filePath: LIB_FILE, code: 'export const level = process.env.LOG_LEVEL;\n' },
    good: { filePath: CONFIG_FILE, code: 'export const level = process.env.LOG_LEVEL;\n' },
  },
  {
    name: 'a floating promise',
    rule: '@typescript-eslint/no-floating-promises',
    text: /Promises must be awaited/,
    bad: { filePath: APP_FILE, code: 'async function work(): Promise<void> {}\nwork();\n' },
    good: { filePath: APP_FILE, code: 'async function work(): Promise<void> {}\nexport async function run(): Promise<void> {\n  await work();\n}\n' },
  },
  {
    name: 'an eslint-disable comment without a reason',
    rule: '@eslint-community/eslint-comments/require-description',
    text: /undescribed directive/,
    bad: { filePath: APP_FILE, code: '// eslint-disable-next-line prefer-const\nlet a = 1;\nexport { a };\n' },
    good: { filePath: APP_FILE, code: '// eslint-disable-next-line prefer-const -- shown in a test\nlet a = 1;\nexport { a };\n' },
  },
];

describe('lint rules (eslint.config.mjs)', () => {
  let results: Finding[][];

  beforeAll(() => {
    results = lintAll(RULES.flatMap((r) => [r.bad, r.good]));
  }, 240_000);

  it.each(RULES.map((r, i) => [r.name, i] as const))('reports %s and lets the allowed form pass', (_name, i) => {
    const { rule, text } = RULES[i];
    const bad = results[2 * i];
    const good = results[2 * i + 1];
    expect(bad.filter((f) => f.ruleId === rule && text.test(f.message))).toHaveLength(1);
    expect(good).toEqual([]);
  });
});
