import autocannon from "autocannon";

export interface HttpMeasurement {
  path: string;
  seconds: number;
  connections: number;
  requestsPerSecond: number;
  latencyP50: number;
  latencyP99: number;
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

/** A typical table request: a topic filter, newest first, 50 a page. */
export const HTTP_PATH = "/api/v1/events?topic=syn-diplomacy&sort=-date&size=50";

export async function measureHttp(origin: string, seconds: number, path = HTTP_PATH): Promise<HttpMeasurement> {
  const result = await autocannon({ url: `${origin}${path}`, connections: 10, duration: seconds });
  return {
    path,
    seconds,
    connections: 10,
    requestsPerSecond: Math.round(result.requests.average),
    latencyP50: result.latency.p50,
    latencyP99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}
