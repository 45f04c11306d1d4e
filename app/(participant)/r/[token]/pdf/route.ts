// The report as a PDF download: `?size=a4` or `?size=letter`, else the paper of the participant's region. The PDF is
// rendered once by a worker and stored (lib/responses/report-pdf.ts); this route only serves it, with a strong ETag,
// or says it is being prepared. The file is named after the company (when given with consent) or a short id, and the date.
import { ifNoneMatchTags, strongEtag } from "@/lib/http/etag";
import { pdfPreparingPage } from "@/lib/http/pdf-preparing-page";
import { contentDisposition } from "@/lib/report/pdf-download";
import { countRequest } from "@/lib/http/rate-limits";
import { reportPdfFor } from "@/lib/responses/report-pdf";

export const dynamic = "force-dynamic";

// Private: the link is a participant's own. no-cache: a browser keeps the file but asks each time (a 304 when it
// has not changed), so a regenerated report is never shown from an old copy.
const CACHE_CONTROL = "private, no-cache";

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  // Limited per client before any lookup, so guessing tokens or queueing renders costs the guesser, not the server.
  const refused = await countRequest(request, "reportPdf");
  if (refused) {
    return new Response(refused.message, {
      status: 429,
      headers: { "content-type": "text/plain; charset=utf-8", "retry-after": String(refused.retryAfterSeconds), "cache-control": "no-store" },
    });
  }
  const { token } = await params;
  const size = new URL(request.url).searchParams.get("size");
  const answer = await reportPdfFor(token, size, ifNoneMatchTags(request.headers.get("if-none-match")));
  switch (answer.status) {
    case "missing":
      return new Response("There is no report at this address.", { status: 404 });
    case "preparing":
      return pdfPreparingPage(`/r/${token}`);
    case "not-modified":
      return new Response(null, { status: 304, headers: { etag: strongEtag(answer.etag), "cache-control": CACHE_CONTROL } });
    case "ready":
      return new Response(new Uint8Array(answer.pdf), {
        headers: {
          "content-type": "application/pdf",
          "content-disposition": contentDisposition(answer.fileNames),
          etag: strongEtag(answer.etag),
          "cache-control": CACHE_CONTROL,
        },
      });
  }
}
