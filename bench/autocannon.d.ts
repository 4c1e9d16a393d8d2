// autocannon ships no types; what bench/load-client.ts, bench/load-generator.ts and bench/common.ts use.
declare module 'autocannon' {
  namespace autocannon {
    interface Result {
      requests: { total: number; average: number };
      latency: { p50: number; p99: number; max: number };
      errors: number;
      timeouts: number;
      non2xx: number;
      '2xx': number;
      '4xx': number;
      '5xx': number;
    }
    interface Options {
      url: string;
      connections?: number;
      duration?: number;
      method?: string;
      headers?: Record<string, string>;
      body?: string;
      /** `context` is per connection. */
      requests?: { setupRequest?: (req: Record<string, unknown>, context: Record<string, unknown>) => Record<string, unknown> }[];
    }
    /** The running benchmark (with a callback): 'response' (client, status, bytes, ms) per answer. */
    interface Instance {
      on(event: string, listener: (...args: any[]) => void): Instance;
      stop(): void;
    }
  }
  export type Result = autocannon.Result;
  function autocannon(opts: autocannon.Options): Promise<autocannon.Result>;
  function autocannon(opts: autocannon.Options, cb: (err: Error | null, result: autocannon.Result) => void): autocannon.Instance;
  export default autocannon;
}
