/**
 * The one place that talks to an OpenAI-compatible server. Everything is passed in explicitly (the
 * SDK would otherwise read OPENAI_* variables itself), retries are off so the user never waits
 * longer than the timeout, and every failure leaves as a ModelTransportError or ModelOutputError.
 */
import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { z } from 'zod';
import { ModelOutputError, ModelTransportError, toModelError } from './errors.ts';

export interface ModelSettings {
  apiKey: string;
  /** null: OpenAI's own endpoint. */
  baseURL: string | null;
  model: string;
  timeoutMs: number;
}

export const OPENAI_DEFAULT_BASE_URL = 'https://api.openai.com/v1';

/** Build the SDK client with every option explicit, so nothing comes from the environment. */
export function createOpenAIClient(settings: ModelSettings, fetchImpl?: typeof fetch): OpenAI {
  return new OpenAI({
    apiKey: settings.apiKey,
    adminAPIKey: null,
    baseURL: settings.baseURL ?? OPENAI_DEFAULT_BASE_URL,
    organization: null,
    project: null,
    webhookSecret: null,
    timeout: settings.timeoutMs,
    maxRetries: 0,
    // The SDK's debug logging would print request bodies (drafts); keep it off whatever OPENAI_LOG says.
    logLevel: 'off',
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
  });
}

export type ChatMessage = ChatCompletionMessageParam;

export interface StructuredRequest<S extends z.ZodType> {
  messages: ChatMessage[];
  schema: S;
  /** The schema's name as the server sees it (json_schema.name). */
  name: string;
}

/** Structured chat completions with a hard deadline. */
export class ModelClient {
  /** zodResponseFormat converts the schema to JSON Schema; do it once per schema, not per call. */
  private readonly formats = new Map<z.ZodType, ReturnType<typeof zodResponseFormat>>();

  constructor(
    readonly openai: OpenAI,
    readonly model: string,
    readonly timeoutMs: number,
  ) {}

  responseFormat<S extends z.ZodType>(schema: S, name: string) {
    let format = this.formats.get(schema);
    if (!format) {
      format = zodResponseFormat(schema, name);
      this.formats.set(schema, format);
    }
    return format;
  }

  /** One model call; resolves to the schema-validated object (extra fields stripped by zod). */
  async parse<S extends z.ZodType>(request: StructuredRequest<S>): Promise<z.infer<S>> {
    return this.withDeadline(async (signal) => {
      const completion = await this.openai.chat.completions.parse(
        {
          model: this.model,
          messages: request.messages,
          response_format: this.responseFormat(request.schema, request.name),
        },
        { signal },
      );
      const message = completion.choices[0]?.message;
      if (!message) throw new ModelOutputError('empty');
      if (message.refusal) throw new ModelOutputError('refusal');
      if (message.parsed === null || message.parsed === undefined) throw new ModelOutputError('empty');
      return message.parsed as z.infer<S>;
    });
  }

  /**
   * The same call, streamed: `onPartial` sees the answer's partially parsed JSON as it grows
   * (fields the model has not finished may be cut short). Resolves to the validated object.
   */
  async stream<S extends z.ZodType>(
    request: StructuredRequest<S>,
    onPartial: (partial: unknown) => void,
  ): Promise<z.infer<S>> {
    return this.withDeadline(async (signal) => {
      const stream = this.openai.chat.completions.stream(
        {
          model: this.model,
          messages: request.messages,
          response_format: this.responseFormat(request.schema, request.name),
        },
        { signal },
      );
      stream.on('content.delta', ({ parsed }) => {
        if (parsed && typeof parsed === 'object') onPartial(parsed);
      });
      const completion = await stream.finalChatCompletion();
      const message = completion.choices[0]?.message;
      if (!message) throw new ModelOutputError('empty');
      if (message.refusal) throw new ModelOutputError('refusal');
      if (message.parsed === null || message.parsed === undefined) throw new ModelOutputError('empty');
      return message.parsed as z.infer<S>;
    });
  }

  /**
   * Run `work` with an abort signal and a deadline. The SDK's own timeout stops waiting once the
   * headers arrive; this one also covers a body that never finishes.
   */
  async withDeadline<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(new ModelTransportError('timeout'));
        controller.abort();
      }, this.timeoutMs);
    });
    try {
      return await Promise.race([work(controller.signal), deadline]);
    } catch (error) {
      throw toModelError(error);
    } finally {
      clearTimeout(timer);
    }
  }
}
