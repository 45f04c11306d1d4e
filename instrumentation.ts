// Runs once when a server process starts, before it answers requests.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installPeerAddressHeader } = await import("@/lib/http/peer-address");
    installPeerAddressHeader();
  }
}
