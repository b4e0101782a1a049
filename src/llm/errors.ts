/**
 * Model failures, named by the boundary that broke: the transport (network, timeout, HTTP status)
 * or the model's output (refusal, not JSON, wrong shape). Messages never carry draft text, so an
 * error can be logged or rethrown safely.
 */
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  ContentFilterFinishReasonError,
  LengthFinishReasonError,
  OpenAIError,
} from 'openai/error';
import { ZodError } from 'zod';

export type TransportFailure = 'timeout' | 'connection' | 'rate-limit' | 'server' | 'http' | 'aborted';
export type OutputFailure =
  | 'refusal'
  | 'invalid-json'
  | 'schema'
  | 'empty'
  | 'length'
  | 'content-filter'
  | 'lost-facts'
  /** Post-processing the answer failed in a way nobody planned for. */
  | 'unexpected';
export type FailureKind = TransportFailure | OutputFailure;

/** The request did not get a usable HTTP answer: timeout, connection error, 429, 5xx, other status. */
export class ModelTransportError extends Error {
  constructor(
    readonly kind: TransportFailure,
    readonly status: number | null = null,
  ) {
    super(`model transport failed: ${kind}${status === null ? '' : ` (HTTP ${status})`}`);
    this.name = 'ModelTransportError';
  }
}

/** The model answered, but not with something Parley can use. */
export class ModelOutputError extends Error {
  constructor(readonly kind: OutputFailure) {
    super(`model output unusable: ${kind}`);
    this.name = 'ModelOutputError';
  }
}

export type ModelError = ModelTransportError | ModelOutputError;

/**
 * Map anything the SDK or the parser threw onto one of our two error classes. Unknown errors are
 * treated as transport failures of kind "connection" rather than crashing the caller.
 */
export function toModelError(error: unknown): ModelError {
  if (error instanceof ModelTransportError || error instanceof ModelOutputError) return error;
  // Order matters: the timeout class extends the connection class, which extends APIError.
  if (error instanceof APIConnectionTimeoutError) return new ModelTransportError('timeout');
  if (error instanceof APIUserAbortError) return new ModelTransportError('aborted');
  if (error instanceof APIConnectionError) return new ModelTransportError('connection');
  if (error instanceof APIError) {
    const status = typeof error.status === 'number' ? error.status : null;
    if (status === 429) return new ModelTransportError('rate-limit', status);
    if (status !== null && status >= 500) return new ModelTransportError('server', status);
    return new ModelTransportError('http', status);
  }
  if (error instanceof LengthFinishReasonError) return new ModelOutputError('length');
  if (error instanceof ContentFilterFinishReasonError) return new ModelOutputError('content-filter');
  if (error instanceof SyntaxError) return new ModelOutputError('invalid-json');
  if (error instanceof ZodError) return new ModelOutputError('schema');
  // The streaming helper wraps what went wrong (a parse error, say) in a plain OpenAIError.
  if (error instanceof OpenAIError && error.cause !== undefined) return toModelError(error.cause);
  return new ModelTransportError('connection');
}
