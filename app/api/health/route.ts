import { NextResponse } from "next/server";
import { mayReadHealthDetails } from "@/lib/auth/health-details";
import { checkHealth, publicHealth } from "@/lib/db/health";
import { serverEnv } from "@/lib/env";

export const dynamic = "force-dynamic";

/** Up or down for anyone (load balancers); the details with HEALTH_TOKEN or as an admin. */
export async function GET(request: Request) {
  const health = await checkHealth();
  const detailed = await mayReadHealthDetails(request, serverEnv().HEALTH_TOKEN);
  return NextResponse.json(detailed ? health : publicHealth(health), {
    status: health.ok ? 200 : 503,
    headers: { "cache-control": "no-store" },
  });
}
