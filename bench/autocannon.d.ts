// autocannon ships no types; this declares the part the bench uses.
declare module "autocannon" {
  interface Histogram { average: number; total: number; p50: number; p99: number }
  interface Result { requests: Histogram; latency: Histogram; errors: number; timeouts: number; non2xx: number }
  interface Options { url: string; connections?: number; duration?: number }
  export default function autocannon(options: Options): Promise<Result>;
}
