import "server-only";
import { serverEnv } from "@/lib/env";

/** Groups smaller than this are never shown (ANONYMITY_THRESHOLD, default 5). */
export function anonymityThreshold(): number {
  return serverEnv().ANONYMITY_THRESHOLD;
}
