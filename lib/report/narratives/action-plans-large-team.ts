// Plans for more than two hundred people with a target, in several teams and regions: a change is proved in one
// place, carried by the managers' managers and rolled out in waves, and enablement has to work without the author.
import type { VariantPlan } from "./action-plan-variants";

export const LARGE_TEAM_PLANS: readonly VariantPlan[] = [
  {
    questionId: "c.coaching.manager-coaching-time",
    fix: {
      days30: "Pick one region and have its first-line managers log a normal week; remove or automate the reporting that crowds out coaching.",
      days60: "Give those managers one coaching routine and a trainer who watches their first sessions, then see which sellers improve.",
      days90: "Roll the routine out region by region, training the managers' own managers first so they hold first-line managers to it.",
    },
  },
  {
    questionId: "c.process.followed-by-sellers",
    fix: {
      days30: "Pick the two regions with the most skipped stages and check their largest open deals against the stage evidence.",
      days60: "Open every deal review in those regions with the stage evidence, and train their managers to ask for it.",
      days90: "Roll the same review out to the other regions in waves, and compare skipped stages and win rates region by region.",
    },
  },
  {
    questionId: "c.differentiation.articulate-value",
    fix: {
      days30: "Ask every region for customer results from recent wins, each stated in the customer's own terms.",
      days60: "Build one value library by customer type and industry, and train managers to teach it before their sellers are trained.",
      days90: "Put the library into every new hire's onboarding, and check proposals in each region for outcomes rather than features.",
    },
    scale: {
      days30: "Collect the value stories that win in each region into one library.",
      days60: "Make them part of onboarding so every new hire learns them in the first month.",
      days90: "Check each region's proposals once a year to see that outcomes still come first.",
    },
  },
  {
    questionId: "c.velocity.qualification",
    fix: {
      days30: "Write one qualification standard for every team, and test it on the open deals of a pilot region.",
      days60: "Train managers region by region to run pipeline reviews against it, and put its questions into the CRM.",
      days90: "Compare win rates and forecast accuracy between regions already on the standard and those still to be trained.",
    },
    scale: {
      days30: "Build the qualification standard into the CRM so it travels with every deal.",
      days60: "Make it part of the first month of every new hire and newly promoted manager.",
      days90: "Compare regions each quarter; a region that drops fewer deals early is slipping.",
    },
  },
  {
    questionId: "c.retention.expand-accounts",
    scale: {
      days30: "Write down how your best account teams find expansion, so other teams can copy it.",
      days60: "Teach it in every region through the managers who run account reviews.",
      days90: "Report expansion revenue by region to see where the habit weakens as you grow.",
    },
  },
  {
    questionId: "c.process.mapped-to-buyer",
    scale: {
      days30: "Name one owner of the sales process across all regions.",
      days60: "Teach it to new hires and newly promoted managers in every region in their first month.",
      days90: "Review the stage exits with each region once a year and after every acquisition or new market.",
    },
  },
];
