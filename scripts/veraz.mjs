#!/usr/bin/env node
// `npm run veraz -- …`: runs the compiled operator CLI. Right after `npm ci` nothing is compiled
// yet, and node's MODULE_NOT_FOUND stack would be all a newcomer sees; this says what to do instead.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'apps/api/dist/cli/main.js');

if (!fs.existsSync(cli)) {
  console.error('La herramienta de operación de Veraz aún no está compilada.');
  console.error('Ejecuta primero «npm run build» (o «npm start», que también compila) y vuelve a intentarlo.');
  process.exit(1);
}
// The CLI reads process.argv from index 2 on, which are this script's arguments too.
createRequire(import.meta.url)(cli);
