// Root pino logger. JSON lines on stdout; pretty only when stdout is a terminal (or forced).
// Secrets (passwords, cookies, tokens, AUTH data) are redacted wherever they appear in a log object.
import pino, { type Logger } from 'pino';
import type { Config } from './config.ts';

export type { Logger };

export const REDACT_PATHS = [
  'password', '*.password', '*.*.password', 'pass', '*.pass',
  'apiToken', '*.apiToken', 'secret', '*.secret',
  'cookie', '*.cookie', 'headers.cookie', 'req.headers.cookie', 'req.headers.authorization',
  'authorization', '*.authorization', 'auth.password', 'session.csrf',
];

export function createLogger(cfg: Pick<Config, 'log'>, destination?: pino.DestinationStream): Logger {
  const pretty = cfg.log.pretty === 'auto' ? Boolean(process.stdout.isTTY) && !destination : cfg.log.pretty;
  const options: pino.LoggerOptions = {
    level: cfg.log.level,
    base: { pid: process.pid },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  if (destination) return pino(options, destination);
  if (pretty) return pino({ ...options, transport: { target: 'pino-pretty', options: { colorize: true } } });
  return pino(options);
}
