import { writeFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { formatReportDate } from "@/lib/report/format";
import { queryE2eDatabase } from "./support/database";
import { overlappingWords, pdfInfo, wordsOnPage } from "@/tests/support/pdf-text";
import { submitConsentedResponse } from "./support/responses";

async function reportFor(baseURL: string, company: string) {
  const { reportUrl } = await submitConsentedResponse(baseURL, company);
  const path = new URL(reportUrl, baseURL).pathname;
  const token = path.split("/").pop()!;
  // As text: the column holds UTC without a zone, which pg would read as the test machine's local time.
  const [row] = await queryE2eDatabase<{ createdAt: string; category: string }>(
    `SELECT to_char("createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt", document #>> '{summary,overall,category,name}' AS category
       FROM "Report" WHERE token = $1`,
    [token],
  );
  return { path, createdAt: new Date(row!.createdAt), category: row!.category };
}

test("the PDF's first page prints nothing over anything else and names the company, the date and the category", async ({ request, baseURL }, testInfo) => {
  test.slow();
  const { path, createdAt, category } = await reportFor(baseURL!, "Müller & Söhne Analytics");
  const response = await request.get(`${path}/pdf`);
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
  const letter = await request.get(`${path}/pdf?size=letter`);
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
