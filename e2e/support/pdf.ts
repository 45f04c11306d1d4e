// Report PDFs are rendered by the job worker the e2e server runs beside the app: until one is stored, its link
// answers 202 with a page that reloads itself. This waits for the PDF as that page does.
import { expect, type APIRequestContext, type APIResponse } from "@playwright/test";

export async function fetchPdf(request: APIRequestContext, url: string, timeoutMs = 90_000): Promise<APIResponse> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await request.get(url);
    if (response.status() !== 202) return response;
    expect(await response.text()).toContain('<meta http-equiv="refresh"');
    if (Date.now() > deadline) throw new Error(`${url} was still being prepared after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
