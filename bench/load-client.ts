/**
 * The load generator of `npm run bench:load`, run by bench/load.ts as its own process so the
 * client's CPU is not the server's: autocannon over loopback HTTP with the mix it is handed, each
 * request's kind tracked so latency and status are reported per kind. Reads its job as JSON from
 * argv[2]; prints one JSON result line on stdout.
 */
import autocannon from 'autocannon';

interface Job {
  url: string;
  token: string;
  connections: number;
  seconds: number;
  /** Request bodies by kind, taken in turn; `{i}` in a body is replaced by a running number. */
  mix: { name: string; body: string }[];
}

const job = JSON.parse(process.argv[2]) as Job;

function percentile(xs: number[], p: number): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

let n = 0;
const latencies = new Map<string, number[]>();
const statuses = new Map<string, Record<string, number>>();
const cpu0 = process.cpuUsage();

const instance = autocannon(
  {
    url: job.url,
    connections: job.connections,
    duration: job.seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${job.token}` },
    requests: [
      {
        // Each connection has its own context: the kinds it has sent, answered in order (no pipelining).
        setupRequest: (req: Record<string, unknown>, context: { kinds?: string[] }) => {
          const pick = job.mix[n % job.mix.length];
          const body = pick.body.replace('{i}', String(n));
          n++;
          (context.kinds ??= []).push(pick.name);
          return { ...req, body };
        },
      },
    ],
  },
  (err, result) => done(err, result),
);

instance.on('response', (client: { requestIterator?: { context?: { kinds?: string[] } } }, status: number, _bytes: number, ms: number) => {
  const kind = client.requestIterator?.context?.kinds?.shift() ?? 'unknown';
  (latencies.get(kind) ?? latencies.set(kind, []).get(kind)!).push(ms);
  const s = statuses.get(kind) ?? statuses.set(kind, {}).get(kind)!;
  s[status] = (s[status] ?? 0) + 1;
});

function done(err: Error | null, result: autocannon.Result) {
  if (err) throw err;
  const cpu = process.cpuUsage(cpu0);
  const perKind = Object.fromEntries(
    [...latencies].map(([kind, xs]) => [
      kind,
      {
        requests: xs.length,
        p50: Math.round(percentile(xs, 50)),
        p99: Math.round(percentile(xs, 99)),
        max: Math.round(Math.max(...xs)),
        statuses: statuses.get(kind),
      },
    ]),
  );
  const summary = {
    requests: result.requests.total,
    throughputPerSecond: Math.round(result.requests.average),
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes: { '2xx': result['2xx'], '4xx': result['4xx'], '5xx': result['5xx'] },
    perKind,
    clientCpuSeconds: +((cpu.user + cpu.system) / 1e6).toFixed(1),
  };
  process.stdout.write(`${JSON.stringify(summary)}\n`);
}
