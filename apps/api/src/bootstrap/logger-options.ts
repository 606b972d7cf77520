import type { Params } from 'nestjs-pino';
import { destination } from 'pino';
import type { VerazConfig } from '@veraz/config';

/**
 * Structured JSON logs. Credentials, cookies, tokens and identity numbers are redacted wherever
 * they could appear; request bodies are never logged. Written to stdout asynchronously: a request
 * does not wait on the write, lines that arrive meanwhile go out together, and pino flushes what is
 * pending when the process exits.
 */
export function loggerOptions(config: VerazConfig): Params {
  return {
    pinoHttp: [
      {
        level: config.logLevel,
        redact: {
          paths: [
            'req.headers.authorization',
            'req.headers.cookie',
            'res.headers["set-cookie"]',
            '*.password',
            '*.passphrase',
            '*.efirma',
            '*.passwordHash',
            '*.curp',
            '*.rfc',
            '*.homoclave',
            '*.token',
            '*.refreshToken',
            '*.accessToken',
          ],
          censor: '[oculto]',
        },
        // Invitation and reset links carry their secret in the URL.
        serializers: {
          req: (req: { method: string; url: string; id: unknown }) => ({
            id: req.id,
            method: req.method,
            url: String(req.url).replace(/\/(invitation-links|invitacion|restablecer)\/[^/?]+/, '/$1/[oculto]'),
          }),
        },
        autoLogging: { ignore: (req) => /^\/(health|metrics)/.test(req.url ?? '') },
      },
      destination({ dest: 1, sync: false }),
    ],
  };
}
