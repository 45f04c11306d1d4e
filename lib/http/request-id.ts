// One id per request, sent back in X-Request-Id and put on every log line about it, so a person reporting a problem
// and the logs agree. An id from a load balancer is kept when it looks like an id, never when it could smuggle
// anything into a log line or a header.
export const REQUEST_ID_HEADER = "x-request-id";

const WELL_FORMED = /^[A-Za-z0-9._:-]{8,128}$/;

export function requestIdFrom(incoming: string | null | undefined): string {
  return incoming && WELL_FORMED.test(incoming) ? incoming : crypto.randomUUID();
}
