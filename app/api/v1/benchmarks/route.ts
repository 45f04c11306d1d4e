// Public benchmark quartiles for a peer group under disclosure control (docs/decisions/019-benchmark-disclosure-control.md).
import { NextResponse } from "next/server";
import { BenchmarkQuerySchema } from "@/lib/api/benchmark-schemas";
import { publicBenchmarks } from "@/lib/api/benchmarks";
import { validationError, withApiErrors } from "@/lib/api/errors";
import { FILTERS_UNRECOGNISED } from "@/lib/api/refusals";
import { limitJsonRequest } from "@/lib/http/rate-limits";

export const dynamic = "force-dynamic";

export const GET = withApiErrors(async (request: Request) => {
  // Limited per client: a query may scan the Score table, and many queries are how groups get differenced.
  const limited = await limitJsonRequest(request, "benchmarks");
  if (limited) return limited;
  const params = Object.fromEntries(new URL(request.url).searchParams);
  // An empty parameter (?industry=) means "any", as an unselected filter in a form would send it.
  const query = BenchmarkQuerySchema.safeParse(Object.fromEntries(Object.entries(params).filter(([, value]) => value !== "")));
  if (!query.success) return validationError(400, FILTERS_UNRECOGNISED, query.error.issues);
  return NextResponse.json(await publicBenchmarks(query.data), { headers: { "cache-control": "public, max-age=60" } });
});
