import { describe, expect, it } from 'vitest';
import { Prisma } from '../store/prisma.ts';
import { AppError } from './app-error.ts';
import { isUnavailableError, storeUnavailable } from './unavailable.ts';

const withCode = (message: string, fields: Record<string, unknown>) => Object.assign(new Error(message), fields);
const prismaError = (code: string, driverAdapterError?: unknown) =>
  new Prisma.PrismaClientKnownRequestError('Invalid `prisma.activity.create()` invocation', {
    code,
    clientVersion: Prisma.prismaVersion.client,
    meta: driverAdapterError === undefined ? {} : { driverAdapterError },
  });
// What @prisma/adapter-pg throws: a DriverAdapterError whose cause says what happened.
const adapterError = (cause: Record<string, unknown>) => Object.assign(new Error(String(cause.kind)), { name: 'DriverAdapterError', cause });

describe('a store that cannot answer is recognised wherever the error comes from', () => {
  it.each([
    ['connection refused', withCode('connect ECONNREFUSED 127.0.0.1:5432', { code: 'ECONNREFUSED', syscall: 'connect', errno: -111 })],
    ['connection reset', withCode('read ECONNRESET', { code: 'ECONNRESET' })],
    ['the server closed the connection', new Error('Connection terminated unexpectedly')],
    ['pg query timeout', new Error('Query read timeout')],
    ['pool acquire timeout', new Error('timeout exceeded when trying to connect')],
    ['statement timeout', withCode('canceling statement due to statement timeout', { code: '57014', severity: 'ERROR' })],
    ['admin shutdown', withCode('terminating connection due to administrator command', { code: '57P01', severity: 'FATAL' })],
    ['cannot connect now', withCode('the database system is starting up', { code: '57P03', severity: 'FATAL' })],
    ['connection exception class 08', withCode('connection failure', { code: '08006', severity: 'FATAL' })],
    ['too many connections', withCode('sorry, too many clients already', { code: '53300', severity: 'FATAL' })],
    ['Prisma cannot reach the server', prismaError('P1001')],
    ['Prisma server closed the connection', prismaError('P1017')],
    ['Prisma pool timeout', prismaError('P2024')],
    ['Prisma expired transaction', prismaError('P2028')],
    ['a raw query failing for an unreachable server', prismaError('P2010', adapterError({ kind: 'DatabaseNotReachable', host: '127.0.0.1', port: 5432 }))],
    ['a raw query cancelled by the statement timeout', prismaError('P2010', adapterError({ kind: 'postgres', code: '57014' }))],
    ['the adapter saying the connection closed', adapterError({ kind: 'ConnectionClosed' })],
    ['ioredis while reconnecting', new Error("Stream isn't writeable and enableOfflineQueue options is false")],
    ['ioredis connection closed', new Error('Connection is closed.')],
    ['ioredis command timeout', new Error('Command timed out')],
    ['ioredis socket timeout', new Error("Socket timeout. Expecting data, but didn't receive any in 2000ms.")],
    [
      'ioredis retries exhausted',
      Object.assign(new Error('Reached the max retries per request limit (which is 1). Refer to "maxRetriesPerRequest" option for details.'), {
        name: 'MaxRetriesPerRequestError',
      }),
    ],
    ['a Redis server still loading', new Error('LOADING Redis is loading the dataset in memory')],
    ['a wrapped cause', new Error('The session could not be saved', { cause: new Error('Connection is closed.') })],
    ['an UNAVAILABLE AppError', new AppError('UNAVAILABLE', 'Zoom could not be reached.')],
  ])('%s', (_what, error) => {
    expect(isUnavailableError(error)).toBe(true);
  });

  it.each([
    ['a unique violation', prismaError('P2002')],
    ['a raw query with bad input', prismaError('P2010', adapterError({ kind: 'postgres', code: '22021' }))],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a domain refusal', new AppError('FORBIDDEN', 'No.')],
    ['not an error at all', 'ECONNREFUSED'],
  ])('but not %s', (_what, error) => {
    expect(isUnavailableError(error)).toBe(false);
  });

  it('becomes an UNAVAILABLE AppError that says when to retry and keeps its cause', () => {
    const cause = new Error('Connection terminated unexpectedly');
    const error = storeUnavailable(cause);
    expect(error.code).toBe('UNAVAILABLE');
    expect(error.details).toEqual({ retryAfterSeconds: 2 });
    expect(error.cause).toBe(cause);
    expect(error.message).not.toMatch(/5432|terminated/);
  });
});
