// The page a PDF download answers while the PDF is still being rendered: it says so and reloads itself (no script,
// so the Content-Security-Policy has nothing to allow) until the download starts.
export const PDF_REFRESH_SECONDS = 3;

/**
 * The app's design tokens this page uses (app/globals.css; a route handler's page gets none of the app's CSS). The
 * test checks them against the stylesheet, so they cannot drift.
 */
export const PREPARING_PAGE_TOKENS = {
  "--font-sans": 'ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  "--color-ink": "#0f172a",
  "--color-muted": "#475569",
  "--color-line": "#cbd5e1",
  "--color-surface": "#ffffff",
  "--color-canvas": "#f8fafc",
  "--color-brand-strong": "#1e3a8a",
} as const;

const STYLE = `:root{${Object.entries(PREPARING_PAGE_TOKENS).map(([name, value]) => `${name}:${value}`).join(";")}}
body{margin:0;background:var(--color-canvas);color:var(--color-ink);font-family:var(--font-sans);line-height:1.5}
header{border-bottom:1px solid var(--color-line);background:var(--color-surface);padding:.75rem 1rem;font-weight:700;color:var(--color-brand-strong)}
main{max-width:40rem;margin:0 auto;padding:2rem 1rem}h1{font-size:1.5rem;margin:0 0 .75rem}
p{margin:0 0 1rem}[role=status]{color:var(--color-muted)}a{color:var(--color-brand-strong);font-weight:500}`;

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
<style>${STYLE}</style>
</head>
<body>
<header>Dealmaker Index</header>
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
