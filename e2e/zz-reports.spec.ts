import { writeFileSync } from "node:fs";
import { test } from "@playwright/test";
import { INSTRUMENT_VERSION, PART_B_IDS } from "@/lib/instrument";
import { personaAnswers } from "@/tests/support/action-fixtures";
import { fetchPdf } from "./support/pdf";
test.setTimeout(600_000);
const tiny = { ...personaAnswers("weak"), [PART_B_IDS.newOpportunities]: 2, [PART_B_IDS.wonCount]: 1, [PART_B_IDS.wonValue]: 500, [PART_B_IDS.lostCount]: 1, [PART_B_IDS.lostValue]: 400, [PART_B_IDS.openCount]: 1, [PART_B_IDS.openValue]: 900, [PART_B_IDS.cycleDays]: 5 };
for (const [name, answers] of [["strong", personaAnswers("strong")], ["middling", personaAnswers("middling")], ["weak", personaAnswers("weak")], ["tiny", tiny]] as const) {
  test(name, async ({ page, request }) => {
    const res = await request.post("/api/v1/responses", { data: { instrumentVersion: INSTRUMENT_VERSION, answers } });
    const body = await res.json();
    if (res.status() !== 201) throw new Error(JSON.stringify(body));
    const path = new URL(body.reportUrl).pathname;
    writeFileSync(`/tmp/reports/${name}.json`, JSON.stringify(await (await request.get(path.replace("/r/", "/api/v1/reports/"))).json(), null, 1));
    writeFileSync(`/tmp/reports/${name}-answers.json`, JSON.stringify(answers, null, 1));
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(path);
    await page.screenshot({ path: `/tmp/reports/${name}-page.png`, fullPage: true });
    const pdf = await fetchPdf(request, `${path}/pdf`);
    writeFileSync(`/tmp/reports/${name}.pdf`, await pdf.body());
  });
}
