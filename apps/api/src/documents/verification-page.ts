import { mexicoDateTime, TRIAL_SEAL_NOTICE, type FolioVerification, type PdfVerification } from '@veraz/documents';

/**
 * The public verification pages: small server-rendered HTML in Spanish, readable without
 * JavaScript (the CSP allows no inline script) and with a screen reader. Every value that comes
 * from the request or the database is escaped.
 */

const STYLE = `
  :root { color-scheme: light; --ok: #0b6b2e; --bad: #a4161a; --ink: #1b1b1b; --muted: #4a4a4a; --line: #c9c9c9; }
  * { box-sizing: border-box; }
  body { margin: 0; font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink); background: #f6f6f4; }
  .saltar { position: absolute; left: -999px; top: 0; background: #fff; padding: .5rem 1rem; }
  .saltar:focus { left: 1rem; }
  header, main, footer { max-width: 46rem; margin: 0 auto; padding: 1rem 1.25rem; }
  header p { margin: 0; font-weight: 700; }
  h1 { font-size: 1.6rem; line-height: 1.25; margin: .5rem 0 1rem; }
  h2 { font-size: 1.2rem; margin: 0 0 .5rem; }
  section { background: #fff; border: 1px solid var(--line); border-radius: .5rem; padding: 1rem 1.25rem; margin: 0 0 1rem; }
  .resultado { border-width: 2px; border-left-width: .5rem; }
  .resultado.ok { border-color: var(--ok); }
  .resultado.mal { border-color: var(--bad); }
  .resultado.ok h2 { color: var(--ok); }
  .resultado.mal h2 { color: var(--bad); }
  dl { display: grid; grid-template-columns: minmax(9rem, 14rem) 1fr; gap: .35rem 1rem; margin: .75rem 0 0; }
  dt { font-weight: 700; }
  dd { margin: 0; overflow-wrap: anywhere; }
  code { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, monospace; font-size: .9rem; overflow-wrap: anywhere; }
  label { display: block; font-weight: 700; margin: 0 0 .25rem; }
  .ayuda { color: var(--muted); font-size: .95rem; margin: .25rem 0 .5rem; }
  input[type=text], input[type=file] { width: 100%; font: inherit; padding: .5rem; border: 1px solid #767676; border-radius: .25rem; background: #fff; }
  input[aria-invalid=true] { border-color: var(--bad); border-width: 2px; }
  .error-campo { color: var(--bad); font-weight: 700; margin: .25rem 0; }
  button { margin-top: .75rem; font: inherit; font-weight: 700; padding: .55rem 1.1rem; border: 0; border-radius: .25rem; background: #1d3f72; color: #fff; cursor: pointer; }
  button:focus-visible, input:focus-visible, a:focus-visible { outline: 3px solid #f2a900; outline-offset: 2px; }
  a { color: #1d3f72; }
  footer { color: var(--muted); font-size: .9rem; }
  @media (max-width: 32rem) { dl { grid-template-columns: 1fr; } dt { margin-top: .5rem; } }
`;

export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="es-MX">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} · Veraz</title>
<style>${STYLE}</style>
</head>
<body>
<a class="saltar" href="#contenido">Saltar al contenido</a>
<header><p>Veraz · Verificación de acuses de declaraciones patrimoniales y de intereses</p></header>
<main id="contenido">
${body}
</main>
<footer><p>Por protección de los datos personales, esta página no muestra el nombre de la persona declarante ni el contenido de su declaración. Solo confirma que la declaración fue presentada, cuándo, ante qué institución y si un acuse es auténtico.</p></footer>
</body>
</html>
`;
}

const FORMATO = (completa: boolean | undefined) => (completa ? 'Completa' : 'Simplificada');

export function when(iso: string | undefined | null): string {
  if (!iso) return '—';
  return `<time datetime="${escapeHtml(iso)}">${escapeHtml(mexicoDateTime(new Date(iso)))}</time>`;
}

export function folioForm(value = ''): string {
  return `<section aria-labelledby="buscar-folio">
<h2 id="buscar-folio">Consultar un folio</h2>
<form method="get" action="/verificar">
<label for="folio">Folio del acuse</label>
<p class="ayuda" id="folio-ayuda">Como aparece en el acuse, por ejemplo SEFIN-2026-000123.</p>
<input type="text" id="folio" name="folio" value="${escapeHtml(value)}" aria-describedby="folio-ayuda" autocomplete="off" spellcheck="false" required>
<button type="submit">Consultar folio</button>
</form>
</section>`;
}

function hashForm(folio: string, value: string, error: string | null): string {
  const invalid = error ? ' aria-invalid="true"' : '';
  const describedBy = error ? 'hash-ayuda hash-error' : 'hash-ayuda';
  return `<section aria-labelledby="comprobar-huella">
<h2 id="comprobar-huella">Comprobar una huella SHA-256</h2>
<form method="get" action="/verificar/${encodeURIComponent(folio)}">
<label for="hash">Huella SHA-256 de la declaración</label>
<p class="ayuda" id="hash-ayuda">Son 64 caracteres (dígitos del 0 al 9 y letras de la a a la f) impresos en el acuse.</p>
${error ? `<p class="error-campo" id="hash-error">${escapeHtml(error)}</p>` : ''}
<input type="text" id="hash" name="hash" value="${escapeHtml(value)}" aria-describedby="${describedBy}"${invalid} autocomplete="off" spellcheck="false" required>
<button type="submit">Comprobar huella</button>
</form>
</section>`;
}

export function uploadForm(title = 'Comprobar el archivo PDF del acuse'): string {
  return `<section aria-labelledby="subir-acuse">
<h2 id="subir-acuse">${escapeHtml(title)}</h2>
<form method="post" action="/verificar" enctype="multipart/form-data">
<label for="archivo">Acuse en PDF</label>
<p class="ayuda" id="archivo-ayuda">El archivo tal como se descargó o se recibió por correo, de hasta 5 MB. Se revisa su sello digital y si es idéntico a un acuse emitido; no se guarda.</p>
<input type="file" id="archivo" name="archivo" accept="application/pdf,.pdf" aria-describedby="archivo-ayuda" required>
<button type="submit">Verificar archivo</button>
</form>
</section>`;
}

export function landingPage(): string {
  return layout(
    'Verificar un acuse',
    `<h1>Verificar un acuse de declaración</h1>
<p>Confirma que una declaración patrimonial y de intereses fue presentada, con el folio del acuse o con el archivo PDF.</p>
${folioForm()}
${uploadForm()}`,
  );
}

export function folioPage(r: FolioVerification, hashInput: { value: string; error: string | null }): string {
  const title = `Verificación del folio ${r.folio}`;
  const aviso = r.documento === 'AVISO';
  if (!r.existe) {
    return layout(
      title,
      `<h1>${escapeHtml(title)}</h1>
<section class="resultado mal" aria-labelledby="resultado">
<h2 id="resultado">✗ No existe una declaración presentada con el folio ${escapeHtml(r.folio)}</h2>
<p>Revisa que el folio esté completo y bien escrito: institución, año y número, por ejemplo SEFIN-2026-000123.</p>
</section>
${folioForm(r.folio)}
${uploadForm()}`,
    );
  }
  const vigencia = r.vigente
    ? 'Sí, es la versión vigente'
    : 'No: una nota aclaratoria posterior la sustituyó (la versión vigente tiene otro folio)';
  let hashResult = '';
  if (r.hash) {
    hashResult = r.hash.coincide
      ? `<section class="resultado ok" aria-labelledby="resultado-huella">
<h2 id="resultado-huella">✓ La huella coincide</h2>
<p>La huella <code>${escapeHtml(r.hash.dado)}</code> es la de la declaración presentada con este folio: el documento no cambió desde que se firmó.</p>
</section>`
      : `<section class="resultado mal" aria-labelledby="resultado-huella">
<h2 id="resultado-huella">✗ La huella no coincide</h2>
<p>La huella <code>${escapeHtml(r.hash.dado)}</code> no es la de la declaración presentada con este folio. Revisa que la hayas copiado completa; si es así, el documento que tienes no corresponde a esta declaración.</p>
</section>`;
  }
  return layout(
    title,
    `<h1>${escapeHtml(title)}</h1>
<section class="resultado ok" aria-labelledby="resultado">
<h2 id="resultado">✓ El folio corresponde ${aviso ? 'a un aviso por cambio de ente público presentado' : 'a una declaración presentada'}</h2>
<dl>
<dt>Folio</dt><dd>${escapeHtml(r.folio)}</dd>
<dt>Institución</dt><dd>${escapeHtml(r.institucion)}</dd>
<dt>Tipo${aviso ? '' : ' de declaración'}</dt><dd>${escapeHtml(r.tipo)}</dd>
${aviso ? '' : `<dt>Formato</dt><dd>${FORMATO(r.declaracionCompleta)}</dd>`}
<dt>Fecha y hora de presentación</dt><dd>${when(r.fechaPresentacion)}</dd>
${aviso ? '' : `<dt>Versión</dt><dd>${escapeHtml(r.version)}${(r.version ?? 1) > 1 ? ' (nota aclaratoria)' : ''}</dd>`}
${aviso ? '' : `<dt>Vigente</dt><dd>${vigencia}</dd>
${efirmaRow(r.efirma)}`}
${sealCertificateRow(r.selloDePrueba)}
${auditAnchorRow(r.anclaBitacora)}
</dl>
</section>
${hashResult}
${hashForm(r.folio, hashInput.value, hashInput.error)}
${uploadForm()}`,
  );
}

export function uploadResultPage(r: PdfVerification): string {
  const authentic = r.firmaValida && r.registrado;
  const sello = r.firmaValida
    ? 'Válido'
    : r.firmado
      ? 'No válido: el archivo cambió después de sellarse'
      : 'El archivo no tiene sello digital';
  const registro = r.registrado
    ? `Sí: es el acuse del folio <a href="/verificar/${encodeURIComponent(r.folio ?? '')}">${escapeHtml(r.folio)}</a>`
    : 'No: no es idéntico a ningún acuse emitido';
  const filing = r.registrado
    ? `<dt>Institución</dt><dd>${escapeHtml(r.institucion)}</dd>
<dt>Tipo de declaración</dt><dd>${escapeHtml(r.tipo)}</dd>
<dt>Fecha y hora de presentación</dt><dd>${when(r.fechaPresentacion)}</dd>
${r.vigente === false ? '<dt>Vigente</dt><dd>No: una nota aclaratoria posterior sustituyó esta declaración</dd>' : ''}
${efirmaRow(r.efirma)}
${sealCertificateRow(r.selloDePrueba)}
${auditAnchorRow(r.anclaBitacora)}`
    : '';
  return layout(
    'Resultado de la verificación del archivo',
    `<h1>Resultado de la verificación del archivo</h1>
<section class="resultado ${authentic ? 'ok' : 'mal'}" aria-labelledby="resultado">
<h2 id="resultado">${authentic ? '✓ Acuse auténtico' : '✗ El archivo no es un acuse auténtico'}</h2>
<p>${escapeHtml(r.explicacion)}</p>
<dl>
<dt>Sello digital</dt><dd>${sello}</dd>
<dt>Cubre todo el documento</dt><dd>${r.documentoCompleto ? 'Sí' : 'No'}</dd>
<dt>Sellado por</dt><dd>${escapeHtml(r.firmante ?? '—')}</dd>
${r.fechaFirma ? `<dt>Fecha del sello</dt><dd>${when(r.fechaFirma)}</dd>` : ''}
<dt>Registrado</dt><dd>${registro}</dd>
${filing}
<dt>Huella SHA-256 del archivo</dt><dd><code>${escapeHtml(r.sha256)}</code></dd>
</dl>
</section>
${uploadForm('Verificar otro archivo')}
${folioForm()}`,
  );
}

function efirmaRow(efirma: FolioVerification['efirma']): string {
  return `<dt>e.firma de la persona declarante</dt><dd>${efirma ? escapeHtml(efirma.autoridad.explicacion) : 'No firmó con e.firma'}</dd>`;
}

/** Nothing when unknown (no acuse yet, or a file that is not one). */
export function sealCertificateRow(selloDePrueba: boolean | null | undefined): string {
  if (selloDePrueba === true) return `<dt>Certificado del sello</dt><dd><strong>${escapeHtml(TRIAL_SEAL_NOTICE)}</strong></dd>`;
  if (selloDePrueba === false) return '<dt>Certificado del sello</dt><dd>Certificado oficial registrado por la institución</dd>';
  return '';
}

/** Compared with the anchor printed on the acuse: the same entry and hash, still in the institution's chain. */
function auditAnchorRow(ancla: FolioVerification['anclaBitacora']): string {
  if (!ancla) return '';
  const estado = ancla.conservada
    ? 'La bitácora de la institución conserva esta entrada sin cambios.'
    : '<strong>La bitácora de la institución ya no conserva esta entrada como se registró: fue borrada o reescrita.</strong>';
  return `<dt>Ancla de la bitácora</dt><dd>Entrada ${escapeHtml(ancla.entrada)}, hash <code>${escapeHtml(ancla.hash)}</code>. ${estado}</dd>`;
}

export function errorPage(status: number, message: string): string {
  const title = status === 413 ? 'Archivo demasiado grande' : 'No se pudo verificar';
  return layout(
    title,
    `<h1>${escapeHtml(title)}</h1>
<section class="resultado mal" aria-labelledby="resultado">
<h2 id="resultado">✗ ${escapeHtml(message)}</h2>
</section>
${uploadForm()}
${folioForm()}`,
  );
}
