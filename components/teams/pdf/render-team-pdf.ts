// The team PDF as bytes, rendered when asked for (docs/decisions/030-team-mode.md: a team's figures change with every
// member who completes, so nothing is stored; the route's rate limit bounds the work).
import { renderToBuffer } from "@react-pdf/renderer";
import { createElement } from "react";
import type { TeamDashboard } from "@/lib/api/team-schemas";
import { TeamPdf } from "./team-pdf";

export async function renderTeamPdf(dashboard: TeamDashboard, createdAt: Date): Promise<Uint8Array> {
  const element = createElement(TeamPdf, { dashboard, createdAt });
  return new Uint8Array(await renderToBuffer(element as Parameters<typeof renderToBuffer>[0]));
}
