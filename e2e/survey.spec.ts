import { expect, test } from "@playwright/test";
import { queryE2eDatabase } from "./support/database";
import { answerStep, completeAllSteps, saveStep } from "./support/survey";

test("a new participant completes the survey and lands on their report", async ({ page }) => {
  test.slow();
  await page.goto("/");
  await page.getByRole("link", { name: "Start the survey" }).click();
  await expect(page.getByRole("progressbar", { name: "Survey progress" })).toHaveAttribute("aria-valuenow", "0");
  await expect(page.getByText(/Step 1 of \d+ · about \d+ minutes left/)).toBeVisible();
  await completeAllSteps(page);
  await expect(page.getByText("Strategic alignment")).toBeVisible();
  // The review step loads on demand; reloading on it renders it on the server and the button still works.
  await page.reload();
  await expect(page.getByRole("heading", { name: "Review your answers" })).toBeVisible();
  await page.getByRole("button", { name: "Submit and see my report" }).click();
  await expect(page).toHaveURL(/\/r\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByRole("heading", { name: "Your Dealmaker Index report" })).toBeVisible();
  await expect(page.getByRole("img", { name: /^Dealmaker Index: \d+%/ })).toBeVisible();
});

test("reloading in the middle of step 4 keeps every earlier answer", async ({ page }) => {
  await page.goto("/survey");
  await answerStep(page, 1);
  await saveStep(page);
  await saveStep(page); // contact details are optional
  await page.getByLabel(/^Deals won/).fill("12");
  await saveStep(page);
  await expect(page.getByRole("heading", { name: "Strategic alignment" })).toBeVisible();
  await page.getByRole("radio", { name: "Strongly agree" }).first().check();

  await page.reload();
  await expect(page.getByRole("heading", { name: "Strategic alignment" })).toBeVisible();
  await expect(page.getByRole("radio", { name: "Strongly agree" }).first()).toBeChecked();
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.getByLabel(/^Deals won/)).toHaveValue("12");
  await page.getByRole("button", { name: "Back" }).click();
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.getByRole("group", { name: /your role/i }).getByRole("radio").nth(1)).toBeChecked();
});

test("a required answer left empty shows its error beside the question and takes focus", async ({ page }) => {
  await page.goto("/survey");
  await page.getByRole("button", { name: "Save and continue" }).click();
  const form = page.locator("main form");
  const roleGroup = form.getByRole("group", { name: /your role/i });
  await expect(roleGroup.getByText(/choose|select|answer/i).last()).toBeVisible();
  await expect(roleGroup.getByRole("radio").first()).toBeFocused();
  // The radio group is outlined in red like the select, until an option is chosen.
  const danger = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--color-danger").trim());
  const optionBorder = () => roleGroup.locator("label").nth(1).evaluate((label) => getComputedStyle(label).borderTopColor);
  expect(await optionBorder()).toBe(await page.evaluate((hex) => {
    const probe = document.createElement("div");
    probe.style.color = hex;
    document.body.append(probe);
    const rgb = getComputedStyle(probe).color;
    probe.remove();
    return rgb;
  }, danger));
  const dangerRgb = await optionBorder();
  await roleGroup.getByRole("radio").first().check();
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect.poll(optionBorder).not.toBe(dangerRgb);
  const industry = form.getByLabel(/industry/i);
  await expect(industry).toHaveAttribute("aria-invalid", "true");
  const describedBy = (await industry.getAttribute("aria-describedby")) ?? "";
  expect(describedBy).toContain("-error");
});

test("a double submit stores one completed response", async ({ page }) => {
  test.slow();
  await page.goto("/survey");
  await completeAllSteps(page);
  const results = await page.evaluate(async () => {
    const post = () => fetch("/api/survey/submit", { method: "POST", body: "{}" }).then((r) => r.json());
    return Promise.all([post(), post(), post()]);
  });
  const urls = new Set(results.map((r: { reportUrl: string }) => r.reportUrl));
  expect(urls.size).toBe(1);
  const token = [...urls][0]!.split("/").pop();
  const rows = await queryE2eDatabase<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Report" rep JOIN "Response" r ON r.id = rep."responseId"
      WHERE r.id = (SELECT "responseId" FROM "Report" WHERE "tokenHash" = encode(sha256($1::bytea), 'hex')) AND r.status = 'COMPLETED'`,
    [token],
  );
  expect(rows[0]!.n).toBe(1);
});

test("the step check loads when needed, and a failed load is reported and retried", async ({ page }) => {
  await page.goto("/survey");
  await expect(page.locator("main form h2")).toBeVisible();
  // The page is up; from here no script can be fetched (the step check is the one the form still needs).
  await page.route("**/_next/static/chunks/**", (route) => route.abort());
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.locator("main").getByRole("alert")).toHaveText(/We could not check this step/);
  await page.unroute("**/_next/static/chunks/**");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.locator("main form").getByLabel(/industry/i)).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("main").getByRole("alert").filter({ hasText: /We could not check this step/ })).toHaveCount(0);
});
