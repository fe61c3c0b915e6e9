/** The slice of autocannon 9's API the benchmark uses (the package ships no types). */
declare module 'autocannon' {
  interface Histogram { p50: number; p90: number; p97_5: number; p99: number; average: number; mean: number; max: number; total: number }
  interface Result { latency: Histogram; requests: Histogram & { sent?: number }; non2xx: number; errors: number; timeouts: number; '2xx': number; duration: number }
  interface RequestSpec {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
    setupRequest?: (req: RequestSpec, context: Record<string, unknown>) => RequestSpec;
    onResponse?: (status: number, body: string, context: Record<string, unknown>, headers: Record<string, string>) => void;
  }
  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    pipelining?: number;
    headers?: Record<string, string>;
    requests?: RequestSpec[];
    initialContext?: Record<string, unknown>;
  }
  function autocannon(opts: Options): Promise<Result>;
  export default autocannon;
}
