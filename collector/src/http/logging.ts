/**
 * Fastify's pino logger, told what it may write. Answers carry children's words and reporters'
 * contact details, and a client address is personal data too: log lines hold the method, the path
 * without its query, the status, answer ids and kinds, and never a body, a header or an address.
 */
import { pino, type Logger } from 'pino';
import type { CollectorConfig } from '../config.js';

interface LoggedRequest {
  method?: string;
  url?: string;
}

interface LoggedError {
  name?: string;
  code?: unknown;
  statusCode?: unknown;
  message?: string;
  stack?: string;
}

export function createLogger(config: Pick<CollectorConfig, 'logLevel' | 'logDestination'>): Logger {
  const options = {
    level: config.logLevel,
    serializers: {
      req: (request: LoggedRequest) => ({ method: request.method, path: request.url?.split('?')[0] }),
      res: (reply: { statusCode?: number }) => ({ statusCode: reply.statusCode }),
      // A client's mistake is told by its code; only our own failures carry a message and stack.
      err: (error: LoggedError) => {
        const status = typeof error.statusCode === 'number' ? error.statusCode : 500;
        return status >= 500
          ? { type: error.name, code: error.code, message: error.message, stack: error.stack }
          : { type: error.name, code: error.code, statusCode: status };
      },
    },
    // Belt and braces: nothing logs headers or bodies, but should anything try, these stay out.
    redact: {
      paths: ['req.headers', 'req.body', 'body', 'envelope', 'data', 'headers.authorization'],
      remove: true,
    },
  };
  return config.logDestination ? pino(options, config.logDestination) : pino(options);
}
