const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

export interface MailContent {
  title: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  footer: string;
}

/** Plain-text and HTML versions of one message; every dynamic value is escaped in HTML. */
export function renderMail(content: MailContent): { text: string; html: string } {
  const text = [
    content.title,
    '',
    ...content.paragraphs.flatMap((p) => [p, '']),
    ...(content.action ? [`${content.action.label}: ${content.action.url}`, ''] : []),
    '--',
    content.footer,
  ].join('\n');
  const html = `<!doctype html><html lang="es-MX"><body style="font-family:Arial,Helvetica,sans-serif;color:#1f2933;max-width:560px">
<h1 style="font-size:20px">${escapeHtml(content.title)}</h1>
${content.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${content.action ? `<p><a href="${escapeHtml(content.action.url)}" style="background:#0b5394;color:#fff;padding:10px 16px;text-decoration:none;border-radius:4px">${escapeHtml(content.action.label)}</a></p><p style="font-size:12px">Si el botón no funciona, copia esta dirección en tu navegador:<br>${escapeHtml(content.action.url)}</p>` : ''}
<hr><p style="font-size:12px;color:#52606d">${escapeHtml(content.footer)}</p>
</body></html>`;
  return { text, html };
}
