// Benchmark baseline only (bench/submit-load.ts): a bare route that does one INSERT, to compare
// POST /api/v1/responses with. Answers 404 unless BENCH_ROUTES=1 — never set that in production.
import { NextResponse } from "next/server";
import { jsonError } from "@/lib/http/json-error";
import { benchInsert } from "@/bench/bench-insert";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  if (process.env.BENCH_ROUTES !== "1") return jsonError(404, "Not found.");
  const body = await request.text();
  await benchInsert(body.slice(0, 200));
  return NextResponse.json({ ok: true }, { status: 201, headers: { "cache-control": "no-store" } });
}
