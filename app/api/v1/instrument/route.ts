// The survey instrument, for programs that ask the questions themselves.
import { NextResponse } from "next/server";
import { instrument } from "@/lib/instrument";
import { instrumentDocument } from "@/lib/api/instrument-document";

export const dynamic = "force-static";

export function GET() {
  return NextResponse.json(instrumentDocument(instrument), { headers: { "cache-control": "public, max-age=300" } });
}
