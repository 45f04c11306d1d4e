import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PEER_ADDRESS_HEADER, installPeerAddressHeader, peerAddressInstalled } from "./peer-address";

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

  it("installs once however often it is called", async () => {
    installPeerAddressHeader();
    expect(await (await fetch(url)).text()).toBe("127.0.0.1");
  });
});
