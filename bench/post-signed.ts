/** One signed POST to Parley's events endpoint over a keep-alive agent: true when it answered 200. */
import { type Agent, request } from 'node:http';
import { signedHeaders } from '../tests/helpers/slack-requests.ts';

export interface SignedPost {
  agent: Agent;
  port: number;
  secret: string;
  body: string;
  contentType: 'application/json' | 'application/x-www-form-urlencoded';
  timeoutMs: number;
}

export function postSigned({
  agent,
  port,
  secret,
  body,
  contentType,
  timeoutMs,
}: SignedPost): Promise<boolean> {
  const headers = signedHeaders(secret, body, contentType);
  return new Promise((resolve) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/slack/events',
        method: 'POST',
        agent,
        headers: { ...headers, 'content-length': Buffer.byteLength(body) },
        timeout: timeoutMs,
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode === 200));
        res.on('error', () => resolve(false));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve(false));
    req.end(body);
  });
}
