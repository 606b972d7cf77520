// Acuse benchmark: sealed acuse PDFs per second (render + PAdES seal, what the worker does for every
// filing) against the unsigned rendering of the same page, measured in one run on this machine.
// First one process (one core), then 2 worker_threads (what a 2-core worker achieves in parallel).
// Also times the seal alone and a bare RSA-2048 signature, to show where the time goes.
// Prints figures and the ratio sealed/unsigned, and records them in BENCHMARKS.md. Needs `npm run build`.
'use strict';
const { record } = require('./support/kit');
const os = require('node:os');
const path = require('node:path');
const crypto = require('node:crypto');
const { Worker, isMainThread, parentPort, workerData } = require('node:worker_threads');
const { performance } = require('node:perf_hooks');
const { renderAcuse } = require('@veraz/documents');
const { generateSelfSignedP12, P12PdfSigner, signPdf } = require('@veraz/signing');
// The QR library renderAcuse uses, resolved from @veraz/documents, to time the QR's module matrix alone.
const QRCode = require(require.resolve('qrcode', { paths: [path.dirname(require.resolve('@veraz/documents'))] }));

const N = Number(process.env.BENCH_ACUSES ?? 200);
const THREADS = Number(process.env.BENCH_ACUSE_THREADS ?? 2);
const TARGET = 100;

const ROUNDS = 4;

function makeJobs(p12) {
  const signer = new P12PdfSigner(p12, 'bench');
  const folio = (i) => `BENCH-2026-${String(i).padStart(6, '0')}`;
  const content = (i) => ({
    institutionName: 'Secretaría de Administración', filerName: 'José Ángel Muñoz Peña', tipo: 'INICIAL', period: 'Toma de posesión: 16 de enero de 2023',
    completa: true, actualizacionConflictoInteres: false, folio: folio(i), version: 1, filedAt: new Date(),
    sha256: crypto.createHash('sha256').update(String(i)).digest('hex'), verificationUrl: `https://veraz.example/verificar/${folio(i)}`,
    // What the worker prints since the audit chain is anchored: the entry that recorded the filing.
    auditAnchor: { seq: 1000 + i, hash: crypto.createHash('sha256').update(`ancla ${i}`).digest('hex') },
  });
  // The same options the worker's AcuseService passes to signPdf.
  const seal = (pdf, i) => signPdf(pdf, signer, { reason: `Acuse de la declaración ${folio(i)}`, location: 'México' });
  const split = { render: [], seal: [] };
  return {
    unsigned: (i) => renderAcuse(content(i)),
    sealed: async (i) => {
      const t0 = performance.now();
      const pdf = await renderAcuse(content(i));
      const t1 = performance.now();
      const sealed = await seal(pdf, i);
      split.render.push(t1 - t0);
      split.seal.push(performance.now() - t1);
      return sealed;
    },
    split,
  };
}

/** n documents one after the other; total seconds and per-document samples (ms). */
async function run(n, fn, offset) {
  const samples = [];
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(offset + i);
    samples.push(performance.now() - t);
  }
  return { seconds: (performance.now() - start) / 1000, samples };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Baseline and subject alternate in ROUNDS chunks (unsigned, sealed, unsigned, sealed …) so that
 * whatever else the machine does at the time weighs on both alike.
 */
async function interleaved(n, step) {
  const totals = { unsigned: { seconds: 0, cpu: 0, samples: [], n: 0 }, sealed: { seconds: 0, cpu: 0, samples: [], n: 0 } };
  const chunk = Math.ceil(n / ROUNDS);
  for (let r = 0; r < ROUNDS; r++) {
    for (const kind of ['unsigned', 'sealed']) {
      const cpu0 = process.cpuUsage(); // the whole process: main thread and worker_threads
      const res = await step(kind, chunk, 1 + r * chunk);
      const cpu = process.cpuUsage(cpu0);
      totals[kind].cpu += (cpu.user + cpu.system) / 1e6;
      totals[kind].seconds += res.seconds;
      totals[kind].samples.push(...res.samples);
      totals[kind].n += res.count;
    }
  }
  const out = {};
  for (const kind of ['unsigned', 'sealed']) out[kind] = { perSecond: totals[kind].n / totals[kind].seconds, perCpuSecond: totals[kind].n / totals[kind].cpu, median: median(totals[kind].samples) };
  return out;
}

async function threadMain() {
  const jobs = makeJobs(Buffer.from(workerData.p12));
  await jobs.unsigned(0); // warm-up (fonts, JIT)
  await jobs.sealed(0);
  parentPort.postMessage('ready');
  parentPort.on('message', async ({ kind, n, offset }) => {
    const r = await run(n, jobs[kind], workerData.offset + offset);
    parentPort.postMessage(r.samples);
  });
}

async function main() {
  const load0 = os.loadavg()[0];
  const { p12 } = generateSelfSignedP12({ commonName: 'Institución de prueba', organization: 'Institución de prueba', passphrase: 'bench' });
  const jobs = makeJobs(p12);

  // One process, one core: the same page unsigned and sealed.
  await jobs.unsigned(0);
  await jobs.sealed(0);
  jobs.split.render.length = jobs.split.seal.length = 0;
  const single = await interleaved(N, async (kind, n, offset) => ({ ...(await run(n, jobs[kind], offset)), count: n }));
  // Where the difference goes: inside the sealed acuses, render and seal apart; and one bare RSA-2048 signature.
  const renderMs = median(jobs.split.render);
  const sealMs = median(jobs.split.seal);
  const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const rsa = await run(N, async (i) => crypto.sign('sha256', Buffer.from(String(i)), privateKey), 0);
  const rsaMs = median(rsa.samples);
  // The QR as renderAcuse makes it: the module matrix, which it then draws as vector squares.
  const qr = await run(N, async (i) => QRCode.create(`https://veraz.example/verificar/BENCH-2026-${String(i).padStart(6, '0')}`, { errorCorrectionLevel: 'M' }), 0);
  const qrMs = median(qr.samples);

  // Both cores: THREADS worker_threads, each making its share of every chunk at the same time.
  const workers = Array.from({ length: THREADS }, (_, t) => new Worker(__filename, { workerData: { offset: (t + 1) * 100_000, p12 } }));
  await Promise.all(workers.map((w) => new Promise((resolve, reject) => { w.once('message', resolve); w.once('error', reject); })));
  const par = await interleaved(N, async (kind, n, offset) => {
    const per = Math.ceil(n / THREADS);
    const start = performance.now();
    const answers = await Promise.all(workers.map((w) => new Promise((resolve, reject) => { w.once('message', resolve); w.once('error', reject); w.postMessage({ kind, n: per, offset }); })));
    return { seconds: (performance.now() - start) / 1000, samples: answers.flat(), count: per * THREADS };
  });
  await Promise.all(workers.map((w) => w.terminate()));
  const load1 = os.loadavg()[0];

  const f = (x) => x.toFixed(1).padStart(6);
  const ms = (x) => `${x.toFixed(2)} ms`;
  const verdict = (x) => (x >= TARGET ? `cumple (≥ ${TARGET}/s)` : `NO cumple (${((x / TARGET) * 100).toFixed(0)} % del objetivo)`);
  const best = Math.max(single.sealed.perSecond, par.sealed.perSecond);
  const lines = [
    `Acuse benchmark — ${N} acuses por medición, sin firmar y sellado alternados en ${ROUNDS} tandas, ${new Date().toISOString().slice(0, 10)}`,
    `  máquina: ${os.cpus()[0].model}, ${os.cpus().length} núcleos, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}; carga (loadavg 1 min) ${load0.toFixed(2)} al empezar, ${load1.toFixed(2)} al terminar`,
    `  un proceso (un núcleo):`,
    `    acuse sin firmar (pdfkit + QR):        ${f(single.unsigned.perSecond)} por segundo (median ${ms(single.unsigned.median)})`,
    `    acuse sellado (render + sello PAdES):  ${f(single.sealed.perSecond)} por segundo (median ${ms(single.sealed.median)})`,
    `    ratio sellado/sin firmar:              ${(single.sealed.perSecond / single.unsigned.perSecond).toFixed(2)}`,
    `    por segundo de CPU (menos sensible a la carga ajena): sin firmar ${single.unsigned.perCpuSecond.toFixed(1)}, sellado ${single.sealed.perCpuSecond.toFixed(1)}, ratio ${(single.sealed.perCpuSecond / single.unsigned.perCpuSecond).toFixed(2)}`,
    `    dentro de un acuse sellado: render median ${ms(renderMs)}, sello median ${ms(sealMs)}`,
    `      de ellos: la matriz del QR (dibujada como vectores) ${ms(qrMs)}, una firma RSA-2048 ${ms(rsaMs)}`,
    `  ${THREADS} worker_threads a la vez:`,
    `    acuse sin firmar:                      ${f(par.unsigned.perSecond)} por segundo (median ${ms(par.unsigned.median)})`,
    `    acuse sellado:                         ${f(par.sealed.perSecond)} por segundo (median ${ms(par.sealed.median)}; ${(par.sealed.perSecond / single.sealed.perSecond).toFixed(2)}× un proceso)`,
    `    ratio sellado/sin firmar:              ${(par.sealed.perSecond / par.unsigned.perSecond).toFixed(2)}`,
    `    CPU usada por el proceso: ${(par.sealed.perSecond / par.sealed.perCpuSecond).toFixed(2)} núcleos de ${THREADS} en la tanda sellada (lo demás lo ocupaba otra carga de la máquina)`,
    `  objetivo ≥ ${TARGET} acuses sellados/s: un proceso ${verdict(single.sealed.perSecond)}; ${THREADS} hilos ${verdict(par.sealed.perSecond)}`,
  ];
  if (best < TARGET) {
    const renderShare = renderMs / (renderMs + sealMs);
    if (renderShare >= 0.5) {
      lines.push(
        `  por qué: el sello no es el costo (${ms(sealMs)}, ${((1 - renderShare) * 100).toFixed(0)} %; la firma RSA-2048 ${ms(rsaMs)}); lo es dibujar la página (${ms(renderMs)}, ${(renderShare * 100).toFixed(0)} %),`,
        `  y de ello el QR ${ms(qrMs)};`,
      );
    } else {
      lines.push(`  por qué: el sello PAdES es la mayor parte (${ms(sealMs)}, ${((1 - renderShare) * 100).toFixed(0)} %; la firma RSA-2048 sola ${ms(rsaMs)}); el render ${ms(renderMs)};`);
    }
    lines.push(`  ${TARGET}/s pide ≤ ${(1000 / TARGET).toFixed(0)} ms de CPU por acuse en un núcleo: a este ritmo hacen falta ${Math.ceil(TARGET / single.sealed.perSecond)} núcleos libres (${(TARGET / single.sealed.perCpuSecond).toFixed(1)} núcleos de CPU pura según el costo medido por segundo de CPU).`);
  }
  const coresUsed = par.sealed.perSecond / par.sealed.perCpuSecond;
  if (coresUsed < 0.8 * THREADS) {
    lines.push(
      `  los ${THREADS} hilos solo obtuvieron ${coresUsed.toFixed(2)} núcleos: con ${THREADS} núcleos libres el costo medido por segundo de CPU daría unos`,
      `  ${(THREADS * single.sealed.perCpuSecond).toFixed(0)} acuses sellados/s (${THREADS} × ${single.sealed.perCpuSecond.toFixed(1)}; estimación, no medición: repetir en una máquina sin otra carga).`,
    );
  }
  console.log(lines.join('\n'));
  record('Acuses sellados', lines);
}

(isMainThread ? main() : threadMain()).catch((err) => {
  console.error(err);
  process.exit(1);
});
