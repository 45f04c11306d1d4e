// The team dashboard as a PDF, rendered on each request (docs/decisions/030-team-mode.md), limited per client on the
// report PDFs' budget (PDF_RATE_LIMIT_PER_MINUTE) before any lookup.
import { countRequest } from "@/lib/http/rate-limits";
import { contentDisposition, pdfFileNames } from "@/lib/report/pdf-download";
import { findTeamByDashboardToken } from "@/lib/db/teams";
import { teamDashboard } from "@/lib/team-mode/team-dashboard";
import { renderTeamPdf } from "@/components/teams/pdf/render-team-pdf";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const refused = await countRequest(request, "reportPdf");
  if (refused) {
    return new Response(refused.message, {
      status: 429,
      headers: { "content-type": "text/plain; charset=utf-8", "retry-after": String(refused.retryAfterSeconds), "cache-control": "no-store" },
    });
  }
  const { token } = await params;
  const team = await findTeamByDashboardToken(token);
  if (!team) return new Response("There is no team dashboard at this address.", { status: 404 });
  const now = new Date();
  const pdf = await renderTeamPdf(await teamDashboard(team), now);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": contentDisposition(pdfFileNames({ company: `team ${team.name}`, shortId: team.id.slice(0, 8), date: now })),
      "cache-control": "private, no-store",
    },
  });
}
