import { expect, test } from "@playwright/test";
import { submissionBody, submit } from "./support/api";

test.use({ viewport: { width: 390, height: 844 } });

test("every report table reads on a 390-pixel phone @phone", async ({ page, request }) => {
  const submitted = await submit(request, submissionBody("middle"));
  expect(submitted.status()).toBe(201);
  const { reportUrl } = (await submitted.json()) as { reportUrl: string };
  await page.goto(new URL(reportUrl).pathname);
  await expect(page.getByRole("heading", { name: "Pipeline coverage" })).toBeVisible();
  const tables = page.locator("main table");
  expect(await tables.count()).toBeGreaterThan(0);

  // The page itself never scrolls sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // No two neighbouring cells run into each other ("DealsValue now"): at least 8 px between their texts.
  const collisions = await tables.evaluateAll((elements) =>
    elements.flatMap((table) =>
      [...table.querySelectorAll("tr")].flatMap((row) => {
        const cells = [...row.children].map((cell) => {
          const range = document.createRange();
          range.selectNodeContents(cell);
          const rect = range.getBoundingClientRect();
          return { text: cell.textContent ?? "", left: rect.left, right: rect.right };
        });
        return cells.slice(1).flatMap((cell, i) => (cell.left - cells[i]!.right < 8 ? [`${cells[i]!.text} | ${cell.text}`] : []));
      }),
    ),
  );
  expect(collisions).toEqual([]);

  for (const table of await tables.all()) {
    const layout = await table.evaluate((element) => {
      const box = element.parentElement!;
      return { fits: element.scrollWidth <= box.clientWidth, scrolls: ["auto", "scroll"].includes(getComputedStyle(box).overflowX) };
    });
    if (layout.fits) continue;
    // Wider than the screen: it scrolls in its own box, says so, and keeps the row names in view while it does.
    expect(layout.scrolls).toBe(true);
    const region = table.locator("xpath=..");
    await expect(region).toHaveAttribute("role", "region");
    await expect(region.locator("xpath=../..").getByText("Scroll sideways to see every column")).toBeVisible();
    const rowName = table.locator("tbody th").first();
    const before = (await rowName.boundingBox())!.x;
    await region.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
    await expect.poll(async () => (await rowName.boundingBox())!.x).toBe(before);
  }
});
