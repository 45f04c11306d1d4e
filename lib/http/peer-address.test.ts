import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PEER_ADDRESS_HEADER, installPeerAddressHeader, peerAddressInstalled } from "./peer-address";

/** fetch() refuses TRACE itself, so the test speaks HTTP through node:http. */
function rawRequest(url: string, method: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method }, (response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => (body += chunk.toString()));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    request.on("error", reject);
    request.end();
  });
}

describe("installPeerAddressHeader", () => {
  let server: http.Server;
  let url: string;
  beforeAll(async () => {
    installPeerAddressHeader();
    server = http.createServer((request, response) => response.end(String(request.headers[PEER_ADDRESS_HEADER])));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("stamps each request with the socket's address, overwriting the client's own copy", async () => {
    expect(peerAddressInstalled()).toBe(true);
    expect(await (await fetch(url)).text()).toBe("127.0.0.1");
    const forged = await fetch(url, { headers: { [PEER_ADDRESS_HEADER]: "203.0.113.66", "x-forwarded-for": "203.0.113.66" } });
    expect(await forged.text()).toBe("127.0.0.1");
  });

  it("answers TRACE with a 405 before the app sees them (Next would fail building its Request: a 500)", async () => {
    for (const method of ["TRACE"]) {
      const { status, headers, body } = await rawRequest(url, method);
      expect(status).toBe(405);
      expect(headers.allow).toContain("GET");
      expect(JSON.parse(body)).toEqual({ error: { message: expect.stringContaining(method), fields: {} } });
    }
    expect((await rawRequest(url, "GET")).status).toBe(200);
  });

  it("installs once however often it is called", async () => {
    installPeerAddressHeader();
    expect(await (await fetch(url)).text()).toBe("127.0.0.1");
  });
});
