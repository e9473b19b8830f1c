/**
 * One error hierarchy for the whole project. Errors carry where they happened (file, line, field)
 * and become exit codes or HTTP responses only at the edges (CLI, server).
 */
export interface Where {
  file?: string;
  line?: number;
  field?: string;
}

export class MultivectorError extends Error {
  override readonly name: string = 'MultivectorError';
  /** Exit code used by the CLI; the server maps `status`. */
  readonly exitCode: number = 1;
  readonly status: number = 500;
  readonly where: Where;

  constructor(message: string, options: { cause?: unknown; where?: Where } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.where = options.where ?? {};
  }

  /** "file:line: field: message", as compilers print it. */
  describe(): string {
    const { file, line, field } = this.where;
    const at = [file, line].filter((x) => x !== undefined).join(':');
    return [at, field ? `field "${field}"` : '', this.message].filter(Boolean).join(': ');
  }
}

/** Bad user input: a malformed file, record or argument. */
export class InputError extends MultivectorError {
  override readonly name: string = 'InputError';
  override readonly exitCode: number = 2;
  override readonly status: number = 400;
}

/** A requested thing does not exist (file, document, event). */
export class NotFoundError extends MultivectorError {
  override readonly name: string = 'NotFoundError';
  override readonly exitCode: number = 3;
  override readonly status: number = 404;
}

/** The store failed (database cannot open, migration failed, write rolled back). */
export class StoreError extends MultivectorError {
  override readonly name: string = 'StoreError';
  override readonly exitCode: number = 4;
  override readonly status: number = 500;
}

/** Caller is not allowed to do this (missing or wrong token). */
export class AuthError extends MultivectorError {
  override readonly name: string = 'AuthError';
  override readonly exitCode: number = 5;
  override readonly status: number = 401;
}

/** The service is at capacity (a bounded queue is full): the same request may succeed after `retryAfter` seconds. */
export class BusyError extends MultivectorError {
  override readonly name: string = 'BusyError';
  /** EX_TEMPFAIL: try again later. */
  override readonly exitCode: number = 75;
  override readonly status: number = 503;

  constructor(message: string, readonly retryAfter: number, options: { cause?: unknown; where?: Where } = {}) {
    super(message, options);
  }
}

/** One request needs more work than the service grants a request (its time budget): send less at once. */
export class BudgetError extends MultivectorError {
  override readonly name: string = 'BudgetError';
  override readonly exitCode: number = 2;
  override readonly status: number = 413;
}

/** A followed source (feed, dataset list) could not be read: network, HTTP status, limits, or content. */
export class SourceError extends MultivectorError {
  override readonly name: string = 'SourceError';
  /** EX_UNAVAILABLE: a service the command needs is not answering as it should. */
  override readonly exitCode: number = 69;
  override readonly status: number = 502;
}

/** The work queue (Redis) cannot be reached or refused a command: the queue's server is down or the URL is wrong. */
export class QueueError extends MultivectorError {
  override readonly name: string = 'QueueError';
  /** EX_UNAVAILABLE, as for a source that does not answer. */
  override readonly exitCode: number = 69;
  override readonly status: number = 503;
}

export const isMultivectorError = (e: unknown): e is MultivectorError => e instanceof MultivectorError;
export const isInputError = (e: unknown): e is InputError => e instanceof InputError;
export const isNotFoundError = (e: unknown): e is NotFoundError => e instanceof NotFoundError;
export const isStoreError = (e: unknown): e is StoreError => e instanceof StoreError;
export const isAuthError = (e: unknown): e is AuthError => e instanceof AuthError;
export const isBusyError = (e: unknown): e is BusyError => e instanceof BusyError;
