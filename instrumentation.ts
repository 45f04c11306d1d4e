// Runs once when a server process starts, before it answers requests.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installPeerAddressHeader } = await import("@/lib/http/peer-address");
    installPeerAddressHeader();
    // The sample report takes a few hundred milliseconds to build: build it once the server is up, not in the first
    // visitor's request (lib/demo/sample-report.ts). A failure is logged here and shown by the page as any error is.
    const [{ sampleReport }, { logger }] = await Promise.all([import("@/lib/demo/sample-report"), import("@/lib/log")]);
    setTimeout(() => {
      Promise.resolve()
        .then(sampleReport)
        .catch((error: unknown) => logger.error({ err: error }, "sample report failed to build"));
    }, 0);
  }
}
