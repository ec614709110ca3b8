import type { FastifyServerOptions } from 'fastify';

/**
 * Structured JSON logs. Request bodies are never logged (they hold passwords and post text);
 * cookies and auth headers are redacted in case a serializer ever includes headers.
 */
export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  return {
    level,
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'res.headers["set-cookie"]',
        '*.password',
        '*.token',
        '*.body',
      ],
      censor: '[redacted]',
    },
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({ id: req.id, method: req.method, url: req.url }),
    },
  };
}
