import { MAX_LOGO_BYTES } from '@veraz/contracts';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Why a file cannot be the acuses' logo (in Spanish), or null when it can. Shared by the CLI and the API. */
export function logoProblem(png: Buffer): string | null {
  if (png.length === 0) return 'el archivo está vacío';
  if (png.length > MAX_LOGO_BYTES) return `el logotipo debe pesar como máximo ${MAX_LOGO_BYTES / 1024} KB (pesa ${Math.ceil(png.length / 1024)} KB)`;
  if (!png.subarray(0, 8).equals(PNG_SIGNATURE)) return 'el logotipo debe ser una imagen PNG';
  return null;
}
