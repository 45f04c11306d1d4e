// Variants by the number of people who carry a target: a very small team (1–5) gets fewer, simpler steps that the
// leader takes personally; a team of twenty or fewer plans a few accounts and keeps processes light; a sales force
// of more than 200 needs consistency across regions and managers and enablement at scale. The very small team's
// variants come first, as it is also a small team. Merged into the narratives by profile-variants.ts.
import type { ProfileVariants } from "./types";

const LOW = ["strongly-disagree", "disagree"] as const;

export const TEAM_SIZE_VARIANTS: ProfileVariants = {
  bands: {
    number: [
      {
        bands: ["Major", "Significant"],
        when: "very-small-team",
        text: "Your Number Index is {score}, so there is real revenue to gain from more qualified opportunities, and with five or fewer people selling, each one's prospecting time counts. Agree a fixed weekly block for finding new opportunities, your own included, and name the two or three sources to work first, such as referrals from existing customers. Look together each week at what the block produced.",
      },
    ],
    overall: [
      {
        bands: ["High Performer"],
        when: "large-team",
        text: "{companySubject} scores {score}, a High Performer, with more than two hundred people carrying a target. {peerStanding}. At that size the risk lies less in the practices than in their spread, as regions, managers and new hires drift apart. Measure the practices region by region, and let the strongest regions teach the rest.",
      },
      {
        bands: ["World Class"],
        when: "large-team",
        text: "{companySubject} scores {score}, which is World Class, across a sales force of more than two hundred people. {peerStanding}. Holding that standard at your size depends on managers: everyone who joins or is promoted must learn to review deals and coach the same way. Keep enablement and deal reviews alike in every region, and compare results by region each quarter.",
      },
    ],
  },
  questions: {
    "c.process.mapped-to-buyer": [
      {
        answers: LOW,
        when: "very-small-team",
        text: "With five or fewer people selling, you do not need a process manual, but you do need the steps written down once. Sit down with your team for an hour and list the steps your customers go through before they buy, with one thing the buyer must have done at each. Use that list whenever you review deals together.",
      },
    ],
    "c.coaching.resources-to-qualified": [
      {
        answers: LOW,
        when: "small-team",
        text: "With twenty or fewer people selling, your specialists are probably a handful of experts and yourself, so every hour they give a long shot is missing from a deal you could win. Agree one rule: experts and senior people join a deal only once it has passed your qualification questions. Look at where their time went at the end of each month.",
      },
    ],
    "c.coaching.manager-coaching-time": [
      {
        answers: ["never", "under-25"],
        when: "very-small-team",
        text: "Little or no time goes to coaching, and in a team of five or fewer the coach is usually you, selling beside the others. Take one seller along to one of your own customer meetings each week, or join one of theirs, and talk it through afterwards. That one habit passes on more than a training course.",
      },
      {
        answers: ["never", "under-25"],
        when: "large-team",
        text: "With more than two hundred sellers, coaching is only as good as your first-line managers, and yours give it little or no time. Train them as coaches, give them one shared way of reviewing a deal, and have their own managers check the coaching rather than the reports. Enablement at this scale works through managers, not through more workshops for sellers.",
      },
      {
        answers: ["25-50"],
        when: "large-team",
        text: "Your managers give between a quarter and a half of their time to coaching, a fair base; with more than two hundred sellers it matters as much that every manager coaches the same way. Give managers one shared way of reviewing a deal, and have their own managers sit in on coaching now and then. Compare the share of sellers at quota team by team to see where the coaching works.",
      },
    ],
    "c.velocity.major-accounts": [
      {
        answers: LOW,
        when: "very-small-team",
        text: "Your largest customers give you less than they could, and with a team of five or fewer, growing them is work you can do in person. Pick your two or three biggest customers and book a conversation with each about what else they need to fix this year. A short note per account, with the next step and who owns it, is plan enough at your size.",
      },
      {
        answers: LOW,
        when: "small-team",
        text: "Your largest accounts give you less than they could, and a team of twenty or fewer cannot run a formal programme for many of them. Choose the three to five customers with the most room to grow and give each a named owner and a one-page plan: who else could buy, what they need next and when you will next talk. Review those few plans together every month.",
      },
      {
        answers: LOW,
        when: "large-team",
        text: "Your largest accounts give you less than they could, and in a sales force of this size the loss usually comes from several teams working one customer without a shared plan. Name an account lead and an executive sponsor for each top account, and review their plans quarterly at leadership level. Start with the twenty accounts with the most room to grow rather than all of them at once.",
      },
      {
        answers: ["agree", "strongly-agree"],
        when: "large-team",
        text: "Your largest accounts are developed well, a strength that at your size rests on account planning that runs across teams and regions. Protect it by keeping one shared plan per key account, reviewed with its executive sponsor each quarter. Carry the same approach to the next tier of accounts, where growth is often left to chance.",
      },
    ],
    "c.process.followed-by-sellers": [
      {
        answers: LOW,
        when: "large-team",
        text: "Your sellers do not reliably work by the process, and with hundreds of sellers the usual cause is that each region and each manager has adapted it differently. Measure adoption by region and by manager, for example the share of deals whose recorded stage carries the evidence the process asks for. Start with the managers whose teams lag most; once they review deals by stage, their sellers follow.",
      },
    ],
    "c.process.others-know-role": [
      {
        answers: LOW,
        when: "small-team",
        text: "People outside sales do not see their part in winning deals, although with a sales team your size everyone involved can fit in one room. Walk through one recent win and one recent loss with everyone who touched them, from the first reply to the signed contract. Agree two or three things each team will do differently on the next deal.",
      },
    ],
    "c.revenue.forecast-process": [
      {
        answers: LOW,
        when: "very-small-team",
        text: "Your forecast is not built by a defined process, and with five or fewer sellers the fix is a short habit rather than a system. Once a week, go through every deal expected to close this quarter with the person selling it and ask what the buyer last did. Write down the deals you both believe in and compare the list with what closed.",
      },
      {
        answers: LOW,
        when: "small-team",
        text: "Your forecast is not built by a defined process, and with twenty or fewer sellers the process can stay light: one weekly review, one list, one set of rules. Agree two or three forecast categories with a clear test for each, such as a confirmed decision date for a committed deal. Hold the review at the same time every week and keep the list in one place.",
      },
      {
        answers: LOW,
        when: "large-team",
        text: "Your forecast is not built by one process that everyone follows, and across many regions and managers that means the total mixes different ideas of a committed deal. Use one set of forecast categories with the same evidence rules in every region, one weekly timetable and one place where the forecast lives. Then compare each region's forecast with its results, so you see where the rules are not kept.",
      },
    ],
  },
};
