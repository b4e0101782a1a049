/**
 * A fake OpenAI-compatible server for tests and benchmarks: `POST /v1/chat/completions` on
 * 127.0.0.1, port 0. It records every request and answers from a script: a JSON body, raw content,
 * an HTTP status, a refusal, a delay, or a hang. With `stream: true` it answers as SSE chunks.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeReply =
  /** Answer with this object as the message content (JSON-encoded). */
  | { json: unknown; delayMs?: number }
  /** Answer with this exact content string (e.g. invalid JSON). */
  | { content: string; delayMs?: number }
  /** Answer with an HTTP error status. */
  | { status: number; delayMs?: number }
  /** The model refuses. */
  | { refusal: string; delayMs?: number }
  /** Accept the request and never answer. */
  | { hang: true }
  /** Send the headers and half a body, then never finish. */
  | { stall: true };

export interface RecordedRequest {
  path: string;
  headers: IncomingMessage['headers'];
  body: {
    model: string;
    messages: Array<{ role: string; content: string }>;
    response_format?: { type: string; json_schema?: { name: string; strict?: boolean; schema: unknown } };
    stream?: boolean;
    [key: string]: unknown;
  };
}

export interface FakeOpenAI {
  /** Base URL to give the SDK (ends in /v1). */
  url: string;
  requests: RecordedRequest[];
  /** Queue replies for the next requests, in order. */
  enqueue(...replies: FakeReply[]): void;
  /** Reply used when the queue is empty. */
  setDefault(reply: FakeReply): void;
  close(): Promise<void>;
}

function completion(model: string, content: string | null, refusal: string | null) {
  return {
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    created: 1_700_000_000,
    model,
    choices: [{ index: 0, message: { role: 'assistant', content, refusal }, finish_reason: 'stop' }],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  };
}

function chunk(model: string, delta: Record<string, unknown>, finish: string | null) {
  return {
    id: 'chatcmpl-fake',
    object: 'chat.completion.chunk',
    created: 1_700_000_000,
    model,
    choices: [{ index: 0, delta, finish_reason: finish }],
  };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** The content as SSE chunks of about `size` characters. */
function stream(res: ServerResponse, model: string, content: string, size = 40): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  const write = (data: unknown) => res.write(`data: ${JSON.stringify(data)}\n\n`);
  write(chunk(model, { role: 'assistant', content: '' }, null));
  for (let i = 0; i < content.length; i += size)
    write(chunk(model, { content: content.slice(i, i + size) }, null));
  write(chunk(model, {}, 'stop'));
  res.end('data: [DONE]\n\n');
}

export async function startFakeOpenAI(initial: FakeReply = { json: {} }): Promise<FakeOpenAI> {
  const queue: FakeReply[] = [];
  let fallback = initial;
  const requests: RecordedRequest[] = [];

  const server: Server = createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (part: Buffer) => parts.push(part));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
        send(res, 404, { error: { message: 'not found' } });
        return;
      }
      let body: RecordedRequest['body'];
      try {
        body = JSON.parse(Buffer.concat(parts).toString('utf8'));
      } catch {
        send(res, 400, { error: { message: 'bad json' } });
        return;
      }
      requests.push({ path: req.url, headers: req.headers, body });
      const reply = queue.shift() ?? fallback;
      if ('hang' in reply) return;
      if ('stall' in reply) {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
        res.write('{"id":"chatcmpl-fake","object":"chat.completion","choices":[');
        return;
      }
      const answer = () => {
        if ('status' in reply) {
          send(res, reply.status, { error: { message: `fake status ${reply.status}`, type: 'fake' } });
        } else if ('refusal' in reply) {
          send(res, 200, completion(body.model, null, reply.refusal));
        } else {
          const content = 'json' in reply ? JSON.stringify(reply.json) : reply.content;
          if (body.stream) stream(res, body.model, content);
          else send(res, 200, completion(body.model, content, null));
        }
      };
      if (reply.delayMs) setTimeout(answer, reply.delayMs);
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    enqueue: (...replies) => queue.push(...replies),
    setDefault: (reply) => {
      fallback = reply;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
