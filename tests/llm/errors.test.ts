import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  ContentFilterFinishReasonError,
  LengthFinishReasonError,
} from 'openai/error';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ModelOutputError, ModelTransportError, toModelError } from '../../src/llm/errors.ts';

const apiError = (status: number) =>
  APIError.generate(status, { error: { message: 'x' } }, undefined, new Headers());

describe('toModelError', () => {
  it.each([
    [new APIConnectionTimeoutError(), ModelTransportError, 'timeout'],
    [new APIConnectionError({ message: 'refused' }), ModelTransportError, 'connection'],
    [apiError(429), ModelTransportError, 'rate-limit'],
    [apiError(502), ModelTransportError, 'server'],
    [apiError(400), ModelTransportError, 'http'],
    [new LengthFinishReasonError(), ModelOutputError, 'length'],
    [new ContentFilterFinishReasonError(), ModelOutputError, 'content-filter'],
    [new SyntaxError('Unexpected token'), ModelOutputError, 'invalid-json'],
    [z.object({ a: z.string() }).safeParse({}).error, ModelOutputError, 'schema'],
  ])('maps %o to the boundary that failed', (error, type, kind) => {
    const mapped = toModelError(error);
    expect(mapped).toBeInstanceOf(type);
    expect(mapped.kind).toBe(kind);
  });

  it('keeps the HTTP status of a transport failure and never echoes the original message', () => {
    const mapped = toModelError(apiError(503)) as ModelTransportError;
    expect(mapped.status).toBe(503);
    expect(toModelError(new SyntaxError('secret draft text')).message).not.toContain('secret');
  });
});
