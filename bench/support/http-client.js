// A lean HTTP client for load generators: node:http with kept-alive connections. fetch() costs the
// load client several times the CPU, and on this machine the client shares the cores with the server.
'use strict';
const http = require('node:http');
const zlib = require('node:zlib');

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

/** One request; resolves with the status, the headers and the body as text (gunzipped when it came compressed). */
function request(url, { method = 'GET', headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : Buffer.from(body);
    const req = http.request(url, { method, agent, headers: payload ? { ...headers, 'Content-Length': payload.length } : headers }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const text = res.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(raw).toString('utf8') : raw.toString('utf8');
        resolve({ status: res.statusCode, headers: res.headers, text });
      });
    });
    req.on('error', reject);
    req.end(payload);
  });
}

module.exports = { request };
