/**
 * A small round-robin HTTP proxy: what a load balancer in front of a fleet does. Each request
 * goes, whole, to the next backend in turn; the response comes back as the backend sent it.
 * `backends` can be replaced (instances restarted on new ports) while it runs.
 */
import { Agent, createServer, request } from 'node:http';

export interface RoundRobinProxy {
  /** http://127.0.0.1:<port> */
  readonly url: string;
  /** The backends' base URLs, in turn order; assign to switch. */
  backends: string[];
  /** Which backend (index) the next request goes to. */
  readonly next: number;
  /** How many requests each backend got, by index. */
  readonly served: number[];
  close(): Promise<void>;
}

export async function startProxy(backends: string[]): Promise<RoundRobinProxy> {
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  let turn = 0;
  let served = backends.map(() => 0);
  const state = { backends };
  const server = createServer((req, res) => {
    const index = turn % state.backends.length;
    turn += 1;
    served[index] = (served[index] ?? 0) + 1;
    const target = new URL(req.url ?? '/', state.backends[index]);
    const upstream = request(
      target,
      { method: req.method, headers: { ...req.headers, host: target.host }, agent },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  server.keepAliveTimeout = 10_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    get backends() {
      return state.backends;
    },
    set backends(next: string[]) {
      state.backends = next;
      served = next.map(() => 0);
      turn = 0;
    },
    get next() {
      return turn % state.backends.length;
    },
    get served() {
      return served;
    },
    async close() {
      agent.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
