// Documents benchmark: how many acuses (render + PAdES seal) and declaration PDFs one core makes.
// Prints figures and records them in BENCHMARKS.md. Needs `npm run build`.
'use strict';
const { record } = require('./support/kit');
const fs = require('node:fs');
const path = require('node:path');
const { performance } = require('node:perf_hooks');
const { renderAcuse, renderDeclarationPdf } = require('@veraz/documents');
const { generateSelfSignedP12, P12PdfSigner, signPdf } = require('@veraz/signing');
const { projectPublic } = require('@veraz/projection');

const ROOT = path.resolve(__dirname, '..');
const N = Number(process.env.BENCH_DOCUMENTS ?? 60);

async function main() {
  const { p12 } = generateSelfSignedP12({ commonName: 'Institución de prueba', organization: 'Institución de prueba', passphrase: 'bench' });
  const signer = new P12PdfSigner(p12, 'bench');
  const item = JSON.parse(fs.readFileSync(path.join(ROOT, 'libs/standards/test/fixtures/inicial-completa.json'), 'utf8'));
  const acuse = (i) =>
    renderAcuse({
      institutionName: 'Secretaría de Administración', filerName: 'José Ángel Muñoz Peña', tipo: 'INICIAL', period: 'Toma de posesión: 16 de enero de 2023',
      completa: true, actualizacionConflictoInteres: false, folio: `BENCH-2026-${String(i).padStart(6, '0')}`, version: 1, filedAt: new Date(),
      sha256: 'a'.repeat(64), verificationUrl: `https://veraz.example/verificar/BENCH-2026-${i}`,
    }).then((pdf) => signPdf(pdf, signer, { reason: 'Acuse de la declaración' }));
  const full = () => renderDeclarationPdf({ item, tipo: 'INICIAL', completa: true, variant: 'completa', institutionName: 'Secretaría de Administración', filerName: 'José Ángel Muñoz Peña', folio: 'BENCH-2026-000001', sha256: 'a'.repeat(64), filedAt: new Date() });
  const pub = () => renderDeclarationPdf({ item: projectPublic(item), tipo: 'INICIAL', completa: true, variant: 'publica', institutionName: 'Secretaría de Administración', filerName: 'José Ángel Muñoz Peña', folio: 'BENCH-2026-000001', sha256: 'a'.repeat(64), filedAt: new Date() });

  const rss0 = process.memoryUsage().rss;
  const figures = { acuse: await rate(N, acuse), full: await rate(Math.ceil(N / 3), full), publica: await rate(Math.ceil(N / 3), pub) };
  const rssMb = (process.memoryUsage().rss - rss0) / 1e6;
  // May peak: ~6 million officials file MODIFICACIÓN in one month, unevenly; say a tenth of them on the last day.
  const peakDay = 600_000;
  const perFiling = 1000 / figures.acuse.perSecond + 1000 / figures.full.perSecond + 1000 / figures.publica.perSecond;
  const lines = [
    `Documents benchmark — one process, ${new Date().toISOString().slice(0, 10)}`,
    `  acuse (render + sello PAdES):   ${figures.acuse.perSecond.toFixed(1)} por segundo (median ${figures.acuse.median.toFixed(1)} ms)`,
    `  PDF completo (inicial completa): ${figures.full.perSecond.toFixed(1)} por segundo (median ${figures.full.median.toFixed(1)} ms)`,
    `  PDF versión pública:             ${figures.publica.perSecond.toFixed(1)} por segundo (median ${figures.publica.median.toFixed(1)} ms)`,
    `  los tres documentos de una declaración: ${perFiling.toFixed(0)} ms de CPU`,
    `  ${peakDay.toLocaleString('en')} declaraciones en un día pico: ${((peakDay * perFiling) / 3.6e6).toFixed(1)} horas-núcleo (ratio frente a 24 h: ${((peakDay * perFiling) / 3.6e6 / 24).toFixed(2)} núcleos)`,
    `  memoria residente añadida: ${rssMb.toFixed(0)} MB`,
  ];
  console.log(lines.join('\n'));
  record('Documentos', lines);
}

async function rate(n, fn) {
  await fn(0);
  const samples = [];
  const start = performance.now();
  for (let i = 1; i <= n; i++) {
    const t = performance.now();
    await fn(i);
    samples.push(performance.now() - t);
  }
  const seconds = (performance.now() - start) / 1000;
  samples.sort((a, b) => a - b);
  return { perSecond: n / seconds, median: samples[Math.floor(n / 2)] };
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
