import type { FolioVerification, PdfVerification } from '@veraz/documents';
import { escapeHtml, folioForm, folioPage, layout, sealCertificateRow, uploadForm, uploadResultPage, when } from './verification-page';

/**
 * Verification pages of a requerimiento (the OIC's letter to an omiso): the institution, the omitted
 * obligation's kind and the date of issue. Never the person it names. The controller renders through
 * anyFolioPage / anyUploadResultPage, which pick the acuse or the requerimiento page.
 */
export function anyFolioPage(r: FolioVerification, hashInput: { value: string; error: string | null }): string {
  return r.documento === 'REQUERIMIENTO' ? requerimientoFolioPage(r) : folioPage(r, hashInput);
}

export function anyUploadResultPage(r: PdfVerification): string {
  return r.documento === 'REQUERIMIENTO' ? requerimientoUploadPage(r) : uploadResultPage(r);
}

function requerimientoFolioPage(r: FolioVerification): string {
  const title = `Verificación del folio ${r.folio}`;
  if (!r.existe) {
    return layout(
      title,
      `<h1>${escapeHtml(title)}</h1>
<section class="resultado mal" aria-labelledby="resultado">
<h2 id="resultado">✗ No existe un requerimiento emitido con el folio ${escapeHtml(r.folio)}</h2>
<p>Revisa que el folio esté completo y bien escrito, por ejemplo SEFIN-REQ-2026-000001.</p>
</section>
${folioForm(r.folio)}
${uploadForm('Comprobar el archivo PDF')}`,
    );
  }
  const hash = r.hash
    ? `<dt>Huella SHA-256 dada</dt><dd><code>${escapeHtml(r.hash.dado)}</code>: ${r.hash.coincide ? 'coincide con el requerimiento sellado' : '<strong>no coincide con el requerimiento sellado</strong>'}</dd>`
    : '';
  return layout(
    title,
    `<h1>${escapeHtml(title)}</h1>
<section class="resultado ok" aria-labelledby="resultado">
<h2 id="resultado">✓ El folio corresponde a un requerimiento emitido</h2>
<dl>
<dt>Folio</dt><dd>${escapeHtml(r.folio)}</dd>
<dt>Institución</dt><dd>${escapeHtml(r.institucion)}</dd>
<dt>Documento</dt><dd>${escapeHtml(r.tipo)}</dd>
<dt>Fecha y hora de emisión</dt><dd>${when(r.fechaPresentacion)}</dd>
${sealCertificateRow(r.selloDePrueba)}
${hash}
</dl>
</section>
${uploadForm('Comprobar el archivo PDF del requerimiento')}`,
  );
}

function requerimientoUploadPage(r: PdfVerification): string {
  const authentic = r.firmaValida && r.registrado;
  return layout(
    'Resultado de la verificación del archivo',
    `<h1>Resultado de la verificación del archivo</h1>
<section class="resultado ${authentic ? 'ok' : 'mal'}" aria-labelledby="resultado">
<h2 id="resultado">${authentic ? '✓ Requerimiento auténtico' : '✗ El archivo no es un requerimiento auténtico'}</h2>
<p>${escapeHtml(r.explicacion)}</p>
<dl>
<dt>Sello digital</dt><dd>${r.firmaValida ? 'Válido' : 'No válido'}</dd>
<dt>Sellado por</dt><dd>${escapeHtml(r.firmante ?? '—')}</dd>
<dt>Registrado</dt><dd>Sí: es el requerimiento del folio <a href="/verificar/${encodeURIComponent(r.folio ?? '')}">${escapeHtml(r.folio)}</a></dd>
<dt>Institución</dt><dd>${escapeHtml(r.institucion)}</dd>
<dt>Documento</dt><dd>${escapeHtml(r.tipo)}</dd>
<dt>Fecha y hora de emisión</dt><dd>${when(r.fechaPresentacion)}</dd>
${sealCertificateRow(r.selloDePrueba)}
<dt>Huella SHA-256 del archivo</dt><dd><code>${escapeHtml(r.sha256)}</code></dd>
</dl>
</section>
${uploadForm('Verificar otro archivo')}
${folioForm()}`,
  );
}
