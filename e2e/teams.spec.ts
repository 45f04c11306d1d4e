// Team mode in the browser (issue 16): a leader creates a team from the landing page and takes the survey from the
// dashboard; four members (two managers, two sellers, different answers) take it through the invite link. With two of
// them the dashboard shows nothing drawn from their answers; with four it shows the distribution, the medians and the
// top gaps, each checked against a brute-force count of the stored rows written here, apart from lib/teams.
import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { INSTRUMENT_VERSION, PART_A_IDS, instrument, type Answers, type ChoiceQuestion } from "@/lib/instrument";
import { buildAnswers, sliceAnswers, type AnswerPick } from "@/tests/support/answer-fixtures";
import { queryE2eDatabase } from "./support/database";

const LEADER_PROFILE = { [PART_A_IDS.industry]: "software", [PART_A_IDS.companySize]: "250-999", [PART_A_IDS.region]: "europe", [PART_A_IDS.salesModel]: "field" };

async function expectAxeClean(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** Saves every step through the survey's API in this page's session (clicking 16 steps is not what is tested here). */
async function saveAllSteps(page: Page, answers: Answers) {
  for (const section of instrument.sections) {
    const saved = await page.request.put("/api/survey/steps", { data: { sectionId: section.id, answers: sliceAnswers(answers, section.questions.map((q) => q.id)) } });
    expect(saved.status(), `saving ${section.id}`).toBe(200);
  }
}

async function submitInBrowser(page: Page) {
  await page.goto("/survey");
  await page.getByRole("button", { name: "Submit and see my report" }).click();
  await expect(page).toHaveURL(/\/r\/[A-Za-z0-9_-]{43}$/, { timeout: 30_000 });
}

/** A member in a browser of their own: the invite page, the team survey (the profile offered as the leader's only), their report. */
async function memberTakesSurvey(browser: Browser, baseURL: string, inviteUrl: string, answers: Answers, role: string) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto(inviteUrl);
  await expect(page.getByText("Your leader never sees it")).toBeVisible();
  await page.getByRole("button", { name: "Start the team survey" }).click();
  await expect(page).toHaveURL(/\/survey/);
  await expect(page.getByText(/You are answering as a member of/)).toBeVisible();
  const industry = page.getByRole("group", { name: "Which industry is your company in?" });
  await expect(industry.getByRole("radio")).toHaveCount(1);
  await expect(industry.getByRole("radio", { name: "Software and internet" })).toBeChecked();
  // The member's own profile answers are sent, and replaced by the team's.
  await saveAllSteps(page, { ...answers, [PART_A_IDS.role]: role, [PART_A_IDS.industry]: "telecoms" });
  await submitInBrowser(page);
  await context.close();
}

const picked = (pick: AnswerPick) => buildAnswers(pick, { includeOptional: false });

/** Best answers in every other Part C and D section, worst in the rest: a fourth member unlike the other three. */
function mixedAnswers(): Answers {
  const [best, worst] = [picked("best"), picked("worst")];
  const mixed = picked("middle");
  instrument.sections
    .filter((section) => section.part === "C" || section.part === "D")
    .forEach((section, index) => Object.assign(mixed, sliceAnswers(index % 2 ? worst : best, section.questions.map((q) => q.id))));
  return mixed;
}

type Person = { answers: Record<string, unknown>; sections: Record<string, number | null>; overall: number | null; personal: number | null; industry: string };

async function storedTeam(teamName: string): Promise<{ leader: Person; members: Person[] }> {
  const rows = await queryE2eDatabase<Person & { teamRole: string }>(
    `SELECT r."teamRole", r.answers, r.industry, s."sectionScores" AS sections, s.overall, s."personalIndex" AS personal
       FROM "Response" r JOIN "Score" s ON s."responseId" = r.id JOIN "Team" t ON t.id = r."teamId"
      WHERE t.name = $1 AND r.status = 'COMPLETED'`,
    [teamName],
  );
  return { leader: rows.find((row) => row.teamRole === "leader")!, members: rows.filter((row) => row.teamRole === "member") };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(middle)]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const whole = (value: number) => Math.floor(value + 0.5);

/** The leader's five largest gaps, by share of the scale, ties in instrument order (a section's score before its questions). */
function bruteTopGaps(leader: Person, members: Person[]) {
  const gaps: { size: number; parts: string[] }[] = [];
  for (const section of instrument.sections.filter((candidate) => candidate.part === "C")) {
    const own = leader.sections[section.id];
    const team = whole(median(members.map((member) => member.sections[section.id]).filter((score): score is number => score !== null)));
    if (own !== null && own !== undefined) gaps.push({ size: Math.abs(own - team) / 100, parts: [`${section.title}: you score it ${own} out of 100; your team's median is ${team}.`] });
    for (const question of section.questions) {
      if (question.kind !== "choice" || !question.options.every((option) => option.score !== undefined)) continue;
      const place = (person: Person) => (question as ChoiceQuestion).options.findIndex((option) => option.value === person.answers[question.id]) + 1;
      const ownPlace = place(leader);
      const teamPlace = median(members.map(place));
      const label = (at: number) => `“${question.options[at - 1]!.label}”`;
      const teamLabel = Number.isInteger(teamPlace) ? label(teamPlace) : `between ${label(Math.floor(teamPlace))} and ${label(Math.ceil(teamPlace))}`;
      gaps.push({ size: Math.abs(ownPlace - teamPlace) / (question.options.length - 1), parts: [question.label, `You answered ${label(ownPlace)}; your team's median answer is ${teamLabel}.`] });
    }
  }
  return gaps.filter((gap) => gap.size > 0).sort((a, b) => b.size - a.size).slice(0, 5);
}

test("a leader creates a team, four members answer through the invite link, and the dashboard shows their spread and the gaps", async ({ page, browser, baseURL }) => {
  test.setTimeout(240_000);
  const teamName = `Field team ${randomBytes(3).toString("hex")}`;

  // The leader: from the landing page to the two private links.
  await page.goto("/");
  await page.getByRole("link", { name: "Invite your team" }).click();
  await expect(page.getByRole("heading", { name: "Take the survey as a team" })).toBeVisible();
  await expectAxeClean(page);
  await page.getByLabel("Team name").fill(teamName);
  await page.getByRole("button", { name: "Create the team" }).click();
  await expect(page.getByRole("heading", { name: `Team “${teamName}” created` })).toBeVisible();
  const inviteUrl = await page.getByRole("textbox", { name: "Invite link" }).inputValue();
  const dashboardUrl = await page.getByRole("textbox", { name: "Team dashboard link" }).inputValue();
  expect(inviteUrl).toMatch(/\/join\/[a-z2-9]{12}$/);
  expect(dashboardUrl).toMatch(/\/t\/[A-Za-z0-9_-]{43}$/);
  const token = dashboardUrl.split("/t/")[1]!;

  // The leader takes the survey from the dashboard; their profile becomes the team's.
  await page.goto(dashboardUrl);
  await page.getByRole("button", { name: "Take the survey as the leader" }).click();
  await expect(page.getByText(/You are answering as the leader of/)).toBeVisible();
  await saveAllSteps(page, { ...buildAnswers("best", { includeOptional: false }), [PART_A_IDS.role]: "sales-leader", ...LEADER_PROFILE });
  await submitInBrowser(page);

  await page.goto(inviteUrl);
  await expectAxeClean(page);

  // Two members: nothing drawn from them yet.
  await memberTakesSurvey(browser, baseURL!, inviteUrl, picked("worst"), "seller");
  await memberTakesSurvey(browser, baseURL!, inviteUrl, picked("middle"), "first-line-manager");
  await page.goto(dashboardUrl);
  await expect(page.getByText("Nothing from your team's answers is shown until 3 members have completed the survey: 2 so far.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Team medians against peers" })).toHaveCount(0);
  await expect(page.getByRole("img", { name: /Members by personal index/ })).toHaveCount(0);
  await expect(page.locator("main")).not.toContainText("You answered");
  const early = await (await page.request.get(`/api/v1/teams/${token}`)).json();
  expect(early).toMatchObject({ completed: 2, suppressed: true, indices: null, hardNumbers: null, personalDistribution: null, peers: null, gaps: [] });

  // Four members: two managers, two sellers, each answering differently.
  await memberTakesSurvey(browser, baseURL!, inviteUrl, picked("best"), "first-line-manager");
  await memberTakesSurvey(browser, baseURL!, inviteUrl, mixedAnswers(), "seller");
  const { leader, members } = await storedTeam(teamName);
  expect(members).toHaveLength(4);
  expect(members.every((member) => member.industry === "software")).toBe(true);

  await page.goto(dashboardUrl);
  await expect(page.getByRole("definition").filter({ hasText: /^4$/ })).toHaveCount(2);
  const overall = whole(median(members.map((member) => member.overall!)));
  const personal = whole(median(members.map((member) => member.personal!)));
  await expect(page.locator("tr", { has: page.locator("th", { hasText: /^Dealmaker Index$/ }) }).locator("td").first()).toHaveText(String(overall));
  await expect(page.locator("tr", { has: page.locator("th", { hasText: /^Personal Dealmaker Index$/ }) }).locator("td").first()).toHaveText(String(personal));
  const bands = Array.from({ length: 10 }, (_, band) => members.filter((member) => Math.min(9, Math.floor(member.personal! / 10)) === band).length);
  const described = bands.map((count, band) => `${band * 10}–${band === 9 ? 100 : band * 10 + 9}: ${count}`).join(", ");
  await expect(page.getByRole("img", { name: `Members by personal index, per 10-point band: ${described}; median ${personal}` })).toBeVisible();

  const expected = bruteTopGaps(leader, members);
  const shown = page.getByRole("list", { name: "The largest gaps" }).getByRole("listitem");
  await expect(shown).toHaveCount(5);
  for (const [index, gap] of expected.entries()) for (const part of gap.parts) await expect(shown.nth(index)).toContainText(part);
  await expectAxeClean(page);

  const api = await (await page.request.get(`/api/v1/teams/${token}`)).json();
  expect(api).toMatchObject({ name: teamName, completed: 4, suppressed: false, leaderCompleted: true, managersVersusSellers: false });
  expect(api.indices.overall).toEqual({ median: overall, p25: null, p75: null });
  const apiTop = (api.gaps as { difference: number; sentence: string }[]).filter((gap) => gap.difference !== 0).slice(0, 5);
  expect(await shown.allTextContents()).toEqual(apiTop.map((gap) => gap.sentence));
});

test("the leader closes the team: the invite link starts no survey, the API refuses the code, the dashboard stays", async ({ page, browser, baseURL }) => {
  const created = await page.request.post("/api/v1/teams", { data: { name: `Closing team ${randomBytes(3).toString("hex")}` } });
  expect(created.status()).toBe(201);
  const { inviteCode, dashboardUrl } = (await created.json()) as { inviteCode: string; dashboardUrl: string };
  await page.goto(new URL(dashboardUrl).pathname);
  await expect(page.getByText("Open: members can still join with the invite link.")).toBeVisible();
  // Without the box ticked nothing is closed.
  await page.getByRole("button", { name: "Close the team" }).click();
  await expect(page.getByRole("checkbox", { name: /Close the team: the invite link stops working/ })).toHaveAttribute("aria-invalid", "true");
  await page.getByRole("checkbox", { name: /Close the team: the invite link stops working/ }).check();
  await page.getByRole("button", { name: "Close the team" }).click();
  await expect(page.getByText("This team is closed: its invite link no longer starts a survey.")).toBeVisible();
  const [row] = await queryE2eDatabase<{ closed: boolean }>(`SELECT "closedAt" IS NOT NULL AS closed FROM "Team" WHERE "inviteCode" = $1`, [inviteCode]);
  expect(row!.closed).toBe(true);

  // A member arriving later, in a browser of their own: told why, and nothing to start.
  const context = await browser.newContext({ baseURL });
  const member = await context.newPage();
  await member.goto(`/join/${inviteCode}`);
  await expect(member.getByText("This team was closed by its leader: it takes no more answers.")).toBeVisible();
  await expect(member.getByRole("button", { name: "Start the team survey" })).toHaveCount(0);
  await context.close();
  const refused = await page.request.post("/api/v1/responses", {
    data: { instrumentVersion: INSTRUMENT_VERSION, answers: buildAnswers("middle", { includeOptional: false }), team: inviteCode },
  });
  expect(refused.status()).toBe(422);
});

test.describe("on a 390-pixel phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the team dashboard reads without scrolling sideways and passes axe @phone", async ({ page }) => {
    test.slow();
    const created = await page.request.post("/api/v1/teams", { data: { name: `Phone team ${randomBytes(3).toString("hex")}` } });
    expect(created.status()).toBe(201);
    const { inviteCode, dashboardUrl } = (await created.json()) as { inviteCode: string; dashboardUrl: string };
    for (const [pick, role] of [["best", "seller"], ["worst", "seller"], ["middle", "first-line-manager"]] as const) {
      const answers = { ...buildAnswers(pick, { includeOptional: false }), [PART_A_IDS.role]: role };
      const stored = await page.request.post("/api/v1/responses", { data: { instrumentVersion: INSTRUMENT_VERSION, answers, team: inviteCode } });
      expect(stored.status(), await stored.text()).toBe(201);
    }
    await page.goto(new URL(dashboardUrl).pathname);
    await expect(page.getByRole("heading", { name: "Team medians against peers" })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAxeClean(page);
    await page.goto(`/join/${inviteCode}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAxeClean(page);
  });
});
