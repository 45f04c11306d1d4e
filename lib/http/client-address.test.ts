import { describe, expect, it } from "vitest";
import { clientAddress, normaliseAddress } from "./client-address";

describe("clientAddress", () => {
  it("uses the TCP peer and ignores X-Forwarded-For unless proxies are trusted", () => {
    expect(clientAddress({ forwardedFor: "6.6.6.6", peerAddress: "203.0.113.9", trustedProxies: 0 })).toBe("203.0.113.9");
  });

  it("takes the n-th address from the right with n trusted proxies", () => {
    const forwardedFor = "6.6.6.6, 198.51.100.7, 10.0.0.2";
    expect(clientAddress({ forwardedFor, peerAddress: "10.0.0.1", trustedProxies: 1 })).toBe("10.0.0.2");
    expect(clientAddress({ forwardedFor, peerAddress: "10.0.0.1", trustedProxies: 2 })).toBe("198.51.100.7");
    expect(clientAddress({ forwardedFor: "198.51.100.7", peerAddress: "10.0.0.1", trustedProxies: 3 })).toBe("198.51.100.7");
  });

  it("falls back to the peer without a header, and to null without either", () => {
    expect(clientAddress({ forwardedFor: null, peerAddress: "::ffff:127.0.0.1", trustedProxies: 1 })).toBe("127.0.0.1");
    expect(clientAddress({ forwardedFor: null, peerAddress: null, trustedProxies: 0 })).toBeNull();
  });
});

describe("normaliseAddress", () => {
  it.each([
    ["192.0.2.1", "192.0.2.1"],
    ["::ffff:192.0.2.1", "192.0.2.1"],
    ["2001:db8:aa:bb:1:2:3:4", "2001:db8:aa:bb::/64"],
    ["2001:db8:aa:bb::9", "2001:db8:aa:bb::/64"],
    ["2001:db8::1", "2001:db8:0:0::/64"],
    ["::1", "0:0:0:0::/64"],
  ])("%s → %s", (address, expected) => {
    expect(normaliseAddress(address)).toBe(expected);
  });
});
