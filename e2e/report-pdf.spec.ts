import { writeFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { formatReportDate } from "@/lib/report/format";
import { queryE2eDatabase } from "./support/database";
import { fetchPdf } from "./support/pdf";
import { overlappingWords, pdfInfo, wordsOnPage } from "@/tests/support/pdf-text";
import { submitConsentedResponse } from "./support/responses";

async function reportFor(baseURL: string, company: string) {
  const { reportUrl } = await submitConsentedResponse(baseURL, company);
  const path = new URL(reportUrl, baseURL).pathname;
  const token = path.split("/").pop()!;
  // As text: the column holds UTC without a zone, which pg would read as the test machine's local time.
  const [row] = await queryE2eDatabase<{ createdAt: string; category: string }>(
    `SELECT to_char("createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt", document #>> '{summary,overall,category,name}' AS category
       FROM "Report" WHERE "tokenHash" = encode(sha256($1::bytea), 'hex')`, // only the link's hash is stored
    [token],
  );
  return { path, createdAt: new Date(row!.createdAt), category: row!.category };
}

test("the PDF's first page prints nothing over anything else and names the company, the date and the category", async ({ request, baseURL }, testInfo) => {
  test.slow();
  const { path, createdAt, category } = await reportFor(baseURL!, "Müller & Söhne Analytics");
  const response = await fetchPdf(request, `${path}/pdf`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  const day = createdAt.toISOString().slice(0, 10);
  expect(response.headers()["content-disposition"]).toBe(
    `attachment; filename="dealmaker-index-muller-sohne-analytics-${day}.pdf"; ` +
      `filename*=UTF-8''dealmaker-index-m%C3%BCller-s%C3%B6hne-analytics-${day}.pdf`,
  );
  const file = testInfo.outputPath("report.pdf");
  writeFileSync(file, await response.body());

  const words = wordsOnPage(file, 1);
  expect(overlappingWords(words).map(([a, b]) => `"${a.text}" over "${b.text}"`)).toEqual([]);
  const text = words.map((word) => word.text).join(" ");
  expect(text).toContain(formatReportDate(createdAt));
  expect(text).toContain("Müller & Söhne Analytics");
  expect(text).toContain(category);
  const { pages, width, height } = pdfInfo(file);
  expect(text).toContain(`Page 1 of ${pages}`);
  // The participant sells in Europe: A4 unless Letter is asked for.
  expect([width, height]).toEqual([595, 842]);
});

test("the PDF comes on US Letter when asked, and the page links both sizes", async ({ page, request, baseURL }, testInfo) => {
  test.slow();
  const { path } = await reportFor(baseURL!, "Letter Test Inc");
  // Nobody has asked for this paper yet (the submission queued the participant's own, A4): it is being prepared.
  const first = await request.get(`${path}/pdf?size=letter`);
  expect(first.status()).toBe(202);
  expect(await first.text()).toContain("Your PDF is being prepared");
  const letter = await fetchPdf(request, `${path}/pdf?size=letter`);
  expect(letter.headers()["content-disposition"]).toMatch(/^attachment; filename="dealmaker-index-letter-test-inc-\d{4}-\d{2}-\d{2}\.pdf"$/);
  const file = testInfo.outputPath("letter.pdf");
  writeFileSync(file, await letter.body());
  const { width, height } = pdfInfo(file);
  expect([width, height]).toEqual([612, 792]);
  expect(overlappingWords(wordsOnPage(file, 1))).toEqual([]);

  await page.goto(path);
  await expect(page.getByRole("link", { name: "Download PDF" })).toHaveAttribute("href", `${path}/pdf?size=a4`);
  await expect(page.getByRole("link", { name: "US Letter PDF" })).toHaveAttribute("href", `${path}/pdf?size=letter`);
  await expect(page.getByText("Letter Test Inc", { exact: true })).toBeVisible();
});

test("a PDF not ready yet opens a page that says so, reloads itself and then downloads; a browser that has it gets 304", async ({ page, request, baseURL }) => {
  test.slow();
  const { path } = await reportFor(baseURL!, "Patience Ltd");
  const download = page.waitForEvent("download", { timeout: 90_000 });
  await page.goto(`${path}/pdf?size=letter`);
  await expect(page.getByRole("heading", { name: "Your PDF is being prepared" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Back to the report" })).toHaveAttribute("href", path);
  expect((await download).suggestedFilename()).toMatch(/^dealmaker-index-patience-ltd-\d{4}-\d{2}-\d{2}\.pdf$/);

  const stored = await fetchPdf(request, `${path}/pdf?size=letter`);
  const etag = stored.headers()["etag"]!;
  expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
  expect(stored.headers()["cache-control"]).toBe("private, no-cache");
  const again = await request.get(`${path}/pdf?size=letter`, { headers: { "if-none-match": etag } });
  expect(again.status()).toBe(304);
});
