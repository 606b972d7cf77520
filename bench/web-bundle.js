#!/usr/bin/env node
// Initial JavaScript of the web app: what a browser must download before the first page renders
// (the entry script and the chunks index.html preloads), gzip-compressed as the server sends it.
// Lazy chunks (each page, each section form, the standards data) are listed apart. Needs the web
// build (`npm run build`). With --check it fails when the initial JavaScript exceeds the budget.
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { record } = require('./support/kit');

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'apps/web/dist');
const BUDGET_KB = 300;

function gzipKb(file) {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length / 1024;
}

function measure() {
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const initial = new Set([...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]));
  const all = fs.readdirSync(path.join(DIST, 'assets')).filter((f) => f.endsWith('.js')).map((f) => `assets/${f}`);
  const sizes = all.map((f) => ({ file: f, kb: gzipKb(path.join(DIST, f)), initial: initial.has(f) }));
  const initialKb = sizes.filter((s) => s.initial).reduce((sum, s) => sum + s.kb, 0);
  const lazy = sizes.filter((s) => !s.initial).sort((a, b) => b.kb - a.kb);
  return { initialKb, initialFiles: sizes.filter((s) => s.initial), lazy };
}

const { initialKb, initialFiles, lazy } = measure();
const lines = [
  `Web app — JavaScript inicial (gzip), ${new Date().toISOString().slice(0, 10)}`,
  `  inicial: ${initialKb.toFixed(1)} kB en ${initialFiles.length} archivo(s); presupuesto ${BUDGET_KB} kB; ratio ${(initialKb / BUDGET_KB).toFixed(2)}`,
  `  bajo demanda: ${lazy.length} archivos, ${lazy.reduce((s, l) => s + l.kb, 0).toFixed(1)} kB en total; los mayores:`,
  ...lazy.slice(0, 6).map((l) => `    ${l.file.replace(/-[A-Za-z0-9_-]{8}\.js$/, '.js').padEnd(44)} ${l.kb.toFixed(1)} kB`),
];
console.log(lines.join('\n'));
if (process.argv.includes('--check')) {
  if (initialKb > BUDGET_KB) {
    console.error(`El JavaScript inicial (${initialKb.toFixed(1)} kB gzip) excede el presupuesto de ${BUDGET_KB} kB.`);
    process.exit(1);
  }
} else {
  record('Web app', lines);
}
