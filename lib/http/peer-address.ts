// Next's route handlers never see the TCP peer address, and Next fills X-Forwarded-For with it only when the client
// did not send one, so a client can pick its own "address". This stamps every incoming request with the socket's
// address in a header of our own, overwriting whatever the client sent, before Next sees the request
// (docs/decisions/006-api-rate-limit.md). Installed once per server process from instrumentation.ts.
// The same hook answers TRACE with a 405: Next builds a web Request for every incoming request, undici refuses to build
// one for TRACE, and Next reports that as a 500. (Node's own parser already answers TRACK with a 400.)
import http from "node:http";
import { errorBody } from "./error-body";

export const PEER_ADDRESS_HEADER = "x-dmi-peer-address";

/** Methods a web Request cannot carry; every route's methods are among ALLOWED_METHODS. */
const UNREPRESENTABLE_METHODS = new Set(["TRACE"]);
const ALLOWED_METHODS = "GET, HEAD, POST, PUT, DELETE, OPTIONS";

function refuseUnrepresentable(request: http.IncomingMessage, response: http.ServerResponse): boolean {
  if (!UNREPRESENTABLE_METHODS.has(request.method ?? "")) return false;
  const body = JSON.stringify(errorBody(`${request.method} is not supported here; use one of ${ALLOWED_METHODS}.`));
  response.writeHead(405, { allow: ALLOWED_METHODS, "content-type": "application/json", "cache-control": "no-store" });
  response.end(body);
  return true;
}

const state = globalThis as unknown as { dmiPeerAddressInstalled?: boolean };

export function installPeerAddressHeader(): void {
  if (state.dmiPeerAddressInstalled) return;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function emitWithPeerAddress(this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
      if (refuseUnrepresentable(request, response)) return true;
      request.headers[PEER_ADDRESS_HEADER] = request.socket.remoteAddress ?? "";
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
  state.dmiPeerAddressInstalled = true;
}

/** True in a server process where the header is trustworthy (the client's own copy is always overwritten). */
export function peerAddressInstalled(): boolean {
  return state.dmiPeerAddressInstalled === true;
}
