// Bad input posted straight to the survey endpoints: a 4xx with field messages, and nothing written.
import { expect, test } from "@playwright/test";
import { ApiErrorSchema } from "@/lib/api/schemas";
import { queryE2eDatabase } from "./support/database";

const profile = {
  "a.profile.role": "seller",
  "a.profile.industry": "software",
  "a.profile.company-size": "50-249",
  "a.profile.revenue": "10m-50m",
  "a.profile.region": "europe",
  "a.profile.sales-team-size": "6-20",
  "a.profile.sales-model": "inside",
};

async function storedWith(marker: string) {
  const rows = await queryE2eDatabase<{ n: number }>(`SELECT count(*)::int AS n FROM "Response" WHERE answers::text LIKE $1`, [
    `%${marker}%`,
  ]);
  return rows[0]!.n;
}

test.describe("PUT /api/survey/steps with bad input", () => {
  const cases: [string, unknown, number, string][] = [
    ["wrong type", { sectionId: "a.profile", answers: { ...profile, "a.profile.role": 42 } }, 422, "a.profile.role"],
    ["unknown question id", { sectionId: "a.profile", answers: { ...profile, "a.profile.shoe-size": "43" } }, 422, "a.profile.shoe-size"],
    ["unknown option", { sectionId: "a.profile", answers: { ...profile, "a.profile.region": "mars" } }, 422, "a.profile.region"],
    ["missing required answer", { sectionId: "a.profile", answers: { "a.profile.role": "seller" } }, 422, "a.profile.industry"],
    ["out-of-range number", { sectionId: "b.numbers", answers: { "b.numbers.won-count": -3 } }, 422, "b.numbers.won-count"],
    ["fractional count", { sectionId: "b.numbers", answers: { "b.numbers.won-count": 2.5 } }, 422, "b.numbers.won-count"],
    ["oversized text", { sectionId: "a.contact", answers: { "a.contact.name": "x".repeat(5000), "a.contact.consent": true } }, 422, "a.contact.name"],
    ["answers not an object", { sectionId: "a.profile", answers: "yes" }, 400, "answers"],
  ];
  for (const [name, body, status, field] of cases) {
    test(`${name} → ${status} naming ${field}`, async ({ request }) => {
      const response = await request.put("/api/survey/steps", { data: body });
      expect(response.status()).toBe(status);
      const { error } = ApiErrorSchema.parse(await response.json());
      expect(error.message.length).toBeGreaterThan(0);
      expect(Object.keys(error.fields)).toContain(field);
      expect(response.headers()["set-cookie"]).toBeUndefined();
    });
  }

  test("invalid JSON, unknown step and oversized bodies are refused too", async ({ request }) => {
    const bad = await request.put("/api/survey/steps", { data: "{not json", headers: { "content-type": "application/json" } });
    expect(bad.status()).toBe(400);
    const unknown = await request.put("/api/survey/steps", { data: { sectionId: "z.nothing", answers: {} } });
    expect(unknown.status()).toBe(404);
    const huge = await request.put("/api/survey/steps", { data: { sectionId: "a.profile", answers: { big: "y".repeat(100_000) } } });
    expect(huge.status()).toBe(413);
  });

  test("nothing from a refused request is stored", async ({ request }) => {
    const marker = `marker${Date.now()}`;
    const response = await request.put("/api/survey/steps", {
      data: { sectionId: "a.profile", answers: { ...profile, "a.profile.role": marker } },
    });
    expect(response.status()).toBe(422);
    expect(await storedWith(marker)).toBe(0);
  });
});

test("submitting an incomplete draft names what is missing and leaves it a draft", async ({ request }) => {
  const saved = await request.put("/api/survey/steps", { data: { sectionId: "a.profile", answers: profile } });
  expect(saved.status()).toBe(200);
  const submit = await request.post("/api/survey/submit", { data: {} });
  expect(submit.status()).toBe(422);
  const { error } = ApiErrorSchema.parse(await submit.json());
  expect(Object.keys(error.fields).some((id) => id.startsWith("c."))).toBe(true);
  const resume = (await saved.json()).resumeUrl as string;
  expect(resume).toMatch(/^\/survey\/resume\/[A-Za-z0-9_-]{43}$/);
});

test("submitting with no saved answers is a 404, not a 500", async ({ request }) => {
  const response = await request.post("/api/survey/submit", { data: {} });
  expect(response.status()).toBe(404);
});

test("a resume link asks before it reopens the draft in another browser, then stops working; a made-up one is a 404", async ({ request, browser, baseURL }) => {
  const saved = await request.put("/api/survey/steps", { data: { sectionId: "a.profile", answers: profile } });
  const { resumeUrl } = (await saved.json()) as { resumeUrl: string };
  const other = await browser.newContext({ baseURL });
  const page = await other.newPage();
  await page.goto(resumeUrl);
  await expect(page.getByRole("heading", { name: "Continue a saved survey?" })).toBeVisible();
  await expect(page.getByText(/1 of \d+ steps done/)).toBeVisible();
  expect((await other.cookies()).find((cookie) => cookie.name === "dmi_resume")).toBeUndefined(); // opening changed nothing
  await page.getByRole("button", { name: "Continue this survey here" }).click();
  await expect(page.getByRole("heading", { name: /Keeping in touch/ })).toBeVisible();
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.getByRole("radio", { name: "Seller or account manager" })).toBeChecked();

  // The link that was used, and the cookie of whoever else held it, no longer reach this draft.
  expect((await page.goto(resumeUrl))?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "This resume link does not open a survey" })).toBeVisible();
  const again = await request.put("/api/survey/steps", { data: { sectionId: "a.profile", answers: profile } });
  expect(((await again.json()) as { resumeUrl: string }).resumeUrl).not.toBe(resumeUrl);
  const [row] = await queryE2eDatabase<{ n: number }>(`SELECT count(*)::int AS n FROM "Response" WHERE "resumeTokenHash" = encode(sha256($1::bytea), 'hex')`, [resumeUrl.split("/").pop()!]);
  expect(row!.n).toBe(0);

  const fake = await page.goto(`/survey/resume/${"A".repeat(43)}`);
  expect(fake?.status()).toBe(404);
  await other.close();
});

test("a resume link opened in a browser with another survey in progress warns and offers that survey's own link", async ({ request, browser, baseURL }) => {
  const attacker = await request.put("/api/survey/steps", { data: { sectionId: "a.profile", answers: profile } });
  const { resumeUrl } = (await attacker.json()) as { resumeUrl: string };
  const victim = await browser.newContext({ baseURL });
  const own = await victim.request.put("/api/survey/steps", { data: { sectionId: "a.profile", answers: { ...profile, "a.profile.role": "sales-leader" } } });
  const ownLink = ((await own.json()) as { resumeUrl: string }).resumeUrl;
  const page = await victim.newPage();
  await page.goto(resumeUrl);
  await expect(page.getByText(/This browser already has another survey in progress/)).toBeVisible();
  await expect(page.getByLabel("Your private resume link")).toHaveValue(new URL(ownLink, baseURL).toString());
  await victim.close();
});

