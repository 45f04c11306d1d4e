// Next's route handlers never see the TCP peer address, and Next fills X-Forwarded-For with it only when the client
// did not send one, so a client can pick its own "address". This stamps every incoming request with the socket's
// address in a header of our own, overwriting whatever the client sent, before Next sees the request
// (docs/decisions/006-api-rate-limit.md). Installed once per server process from instrumentation.ts.
import http from "node:http";

export const PEER_ADDRESS_HEADER = "x-dmi-peer-address";

const state = globalThis as unknown as { dmiPeerAddressInstalled?: boolean };

export function installPeerAddressHeader(): void {
  if (state.dmiPeerAddressInstalled) return;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function emitWithPeerAddress(this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
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
