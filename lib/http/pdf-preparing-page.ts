// The page a PDF download answers while the PDF is still being rendered: it says so and reloads itself (no script,
// so the Content-Security-Policy has nothing to allow) until the download starts.
export const PDF_REFRESH_SECONDS = 3;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export function pdfPreparingPage(reportPath: string): Response {
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="refresh" content="${PDF_REFRESH_SECONDS}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Preparing your PDF · Dealmaker Index</title>
</head>
<body>
<main>
<h1>Your PDF is being prepared</h1>
<p role="status">This takes a few seconds. The page checks again every ${PDF_REFRESH_SECONDS} seconds, and the download starts as soon as the PDF is ready.</p>
<p><a href="${escapeHtml(reportPath)}">Back to the report</a></p>
</main>
</body>
</html>
`;
  return new Response(html, {
    // 202: accepted, being worked on. Nothing here is worth keeping: the next request may get the PDF.
    status: 202,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", "retry-after": String(PDF_REFRESH_SECONDS) },
  });
}
