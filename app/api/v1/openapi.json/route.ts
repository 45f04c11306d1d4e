// The API's OpenAPI description, generated from the zod schemas.
import { NextResponse } from "next/server";
import { publishedOpenApiDocument } from "@/lib/api/openapi";

export const dynamic = "force-static";

export async function GET() {
  return NextResponse.json(await publishedOpenApiDocument(), { headers: { "cache-control": "public, max-age=300" } });
}
