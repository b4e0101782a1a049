import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackFetch } from '../../src/slack/fetch.ts';

describe('createSlackFetch', () => {
  let server: Server;
  let base = '';
  const transport = createSlackFetch();
  const seen: { method?: string; type?: string; body: string }[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => {
        body += c.toString();
      });
      req.on('end', () => {
        seen.push({ method: req.method, type: req.headers['content-type'], body });
        if (req.url === '/hang') return;
        if (req.url === '/gone') {
          res.writeHead(404, 'Not Found', { 'content-type': 'text/plain' });
          return res.end('expired_url');
        }
        res.writeHead(200, { 'content-type': 'application/json', 'x-accepted-oauth-scopes': 'chat:write' });
        res.end(JSON.stringify({ ok: true, echo: body }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    transport.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('posts a string body and answers with a standard Response', async () => {
    const res = await transport.fetch(`${base}/api/chat.postMessage`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: 'hi' }),
    });
    expect(res.ok).toBe(true);
    expect(res.headers.get('x-accepted-oauth-scopes')).toBe('chat:write');
    expect(await res.json()).toEqual({ ok: true, echo: '{"text":"hi"}' });
  });

  it('sends URLSearchParams as a form', async () => {
    await transport.fetch(`${base}/api/auth.test`, { method: 'POST', body: new URLSearchParams({ a: '1' }) });
    expect(seen.at(-1)).toMatchObject({ method: 'POST', body: 'a=1' });
    expect(seen.at(-1)!.type).toContain('application/x-www-form-urlencoded');
  });

  it('reports HTTP errors through the status, like fetch', async () => {
    const res = await transport.fetch(`${base}/gone`, { method: 'POST', body: '{}' });
    expect(res.ok).toBe(false);
    expect(res.status).toBe(404);
    expect(res.statusText).toBe('Not Found');
  });

  it('rejects on abort and on connection failure', async () => {
    await expect(
      transport.fetch(`${base}/hang`, { method: 'POST', body: '{}', signal: AbortSignal.timeout(50) }),
    ).rejects.toBeDefined();
    await expect(
      transport.fetch('http://127.0.0.1:1/api/x', { method: 'POST', body: '' }),
    ).rejects.toBeInstanceOf(TypeError);
  });

  it('abandons a request whose server stays silent, even without an abort signal', async () => {
    const impatient = createSlackFetch(4, 50);
    try {
      await expect(impatient.fetch(`${base}/hang`, { method: 'POST', body: '{}' })).rejects.toBeInstanceOf(
        TypeError,
      );
    } finally {
      impatient.close();
    }
  });

  it('carries a bounded retry policy for the Web API client', () => {
    expect(transport.retryConfig.retries).toBeLessThanOrEqual(3);
    expect(transport.retryConfig.maxTimeout).toBeLessThanOrEqual(2_000);
  });
});
