// Part C narratives for Sales methodology and CRM, and for Revenue performance management, addressed to the
// sales leader.
import type { QuestionNarrative } from "./types";

export const METHODOLOGY_REVENUE_NARRATIVES: readonly QuestionNarrative[] = [
  {
    questionId: "c.methodology.adopted",
    byAnswer: {
      "strongly-disagree":
        "Your company has no shared sales methodology, so every seller plans and works deals in their own way and managers coach without a common language. Before choosing one, decide the business results you want from it, such as a higher win rate or shorter cycles, and how you will measure them. A one-off training event will not get you there; plan for how the method will be used every week.",
      disagree:
        "Your company has not really settled on a methodology, or it has one that sellers do not apply. Methodologies usually fall out of use because applying them is more effort than it is worth in the moment. Find out which parts sellers drop and why, and make those parts easier to use in deal reviews and in the CRM.",
      "not-sure":
        "You are not sure whether your company has a sales methodology that sellers apply, which usually means that if one exists, it is not visible in daily work. Ask a few sellers to plan a live deal with you using the method they were trained in. Whether they can, and whether they choose to, tells you where you stand.",
      agree:
        "Your company has chosen a sales methodology and your sellers apply it, which gives deal planning and coaching a shared structure. Check that it is delivering: set one or two measurable goals for it, such as win rate on qualified deals, and review them each quarter. A method that is measured is a method that survives.",
      "strongly-agree":
        "Your sellers apply a shared sales methodology, something many companies pay for and few achieve. Keep it alive by using it in every deal review and by refreshing the training for new hires. Build it into your tools too, so it guides sellers in the moment rather than living in a binder.",
    },
    actions: {
      keep: "Keep the sales methodology in daily use",
      change: "Make your methodology part of weekly deal work",
      stop: "Stop training methods nobody applies",
    },
    variants: [
      {
        answers: ["disagree"],
        when: "no-crm",
        text: "Your company has not really settled on a methodology, or it has one that sellers do not apply. Methodologies usually fall out of use because applying them is more effort than it is worth in the moment. Find out which parts sellers drop and why, and build those parts into your deal reviews and the deal templates sellers fill in.",
      },
      {
        answers: ["not-sure"],
        when: "applies-methodology",
        text: "You are not sure whether your company has a sales methodology that sellers apply, although you apply one on most of your own deals. Ask a few sellers to plan a live deal with you using the method they were trained in, and compare it with yours. If the methods match, the company has one worth naming and teaching; if they differ, it has personal habits rather than a shared method.",
      },
      {
        answers: ["strongly-agree"],
        when: "methodology-in-crm",
        text: "Your sellers apply a shared sales methodology, something many companies pay for and few achieve, and you say it is already built into the system where they work their deals. Keep it alive by using it in every deal review and by refreshing the training for new hires. Check once a year that the prompts in the system still ask what the method asks, since both drift apart over time.",
      },
    ],
  },
  {
    questionId: "c.methodology.in-crm",
    byAnswer: {
      "strongly-disagree":
        "Your sales methodology lives outside the CRM, so sellers must remember it rather than being guided by it. That is a common reason methods fade after training. Start small: add the methodology's key questions for each stage to the deal record, so they are in front of sellers when they update a deal.",
      disagree:
        "Your methodology is only loosely connected to the CRM, perhaps as a few fields nobody is prompted to fill in. Real integration brings the method up at the right moment and flags gaps in a deal. Pick the stage where deals stall most and make the CRM prompt the method's questions there first.",
      "not-sure":
        "You are not sure whether your methodology is built into your CRM, which suggests that if it is, sellers do not notice it. Open a live deal in the CRM and look for prompts, checklists or warnings that come from your methodology. If there are none, the method depends entirely on memory.",
      agree:
        "Your methodology is built into the CRM, so sellers meet it where they work. Check whether the integration goes beyond data fields: does it point out weak spots in a deal and suggest next steps? If not, that is the next improvement to make.",
      "strongly-agree":
        "Your sales methodology is fully part of the CRM, which turns the system into a coach rather than a filing cabinet. Use the data it gathers: compare the methodology's warnings with actual outcomes and tune it where it misjudges. Share those findings with managers so their coaching uses the same evidence.",
    },
    actions: {
      keep: "Keep the methodology inside the CRM",
      change: "Make the CRM prompt your methodology",
      stop: "Stop keeping methodology outside daily tools",
    },
    variants: [
      {
        answers: ["strongly-disagree", "disagree", "not-sure"],
        when: "no-methodology",
        text: "Your company has not chosen a sales methodology yet, so there is nothing to build into your tools. Settle the method first, and plan from the start how your deal records will ask its key questions at each stage.",
      },
      {
        answers: ["strongly-disagree", "disagree", "not-sure"],
        when: "no-crm",
        text: "Your company has no CRM yet, so your methodology has no system to live in and sellers must carry it in their heads. Until you choose one, put the method's key questions on a short checklist that every deal review works through. When you do choose a system, make prompting those questions one of its requirements.",
      },
    ],
  },
  {
    questionId: "c.methodology.crm-age",
    byAnswer: {
      "no-crm":
        "Your company has no CRM, so deal information lives in spreadsheets, inboxes and memories, and forecasting depends on asking people. Choose a CRM that matches your sales process rather than the other way round, and start with the basics: accounts, contacts, deals and stages. Plan how sellers will benefit from it, because a system used only for reporting is soon neglected.",
      "under-1-year":
        "Your CRM has been in place for less than a year, so habits are still forming. This is the best time to build your sales process and methodology into it, before workarounds take hold. Check each month how complete and current the deal data is, and fix the causes of gaps quickly.",
      "1-2-years":
        "Your CRM has been in use for one to two years, long enough for patterns to show. Look at what sellers use it for and what they avoid; the avoided parts usually need simplifying. Remind yourself why you bought it, and check whether it now delivers on that purpose.",
      "3-5-years":
        "Your CRM has been in place for three to five years, so it should be firmly embedded. Few CRM projects end up driving revenue on their own; the ones that do tie the system to the sales process and methodology. Review whether yours does, and whether newer capabilities could help.",
      "over-5-years":
        "Your CRM has been in place for more than five years, time enough for best practice to be fully embedded. With that history there is little reason for a weak implementation, so measure it by results: forecast accuracy and cycle length. Check too that the system has kept pace with how your team now sells.",
    },
    variants: [
      {
        answers: ["3-5-years"],
        when: "methodology-in-crm",
        hedge: true,
        text: "Your CRM has been in place for three to five years, and you say your methodology is already built into it, which few companies achieve. That lets the system guide a deal rather than only record it. Check that it does: compare the deals it flags with the ones that slip, and see whether newer capabilities could sharpen its prompts.",
      },
    ],
    actions: {
      keep: "Keep the CRM tied to your process",
      change: "Fit the CRM to your sales process",
      stop: "Stop running deals from spreadsheets",
    },
  },
  {
    questionId: "c.revenue.forecast-accuracy",
    byAnswer: {
      "strongly-disagree":
        "Deals you forecast rarely close as forecast, and surprises in revenue ripple into hiring, spending and credibility with the board. {quotaAttainmentReading}. The root cause is usually deals in the forecast that were never properly qualified or staged, so require buyer evidence for every forecast deal and compare each forecast with the outcome.",
      disagree:
        "Your forecast misses more often than it should, on timing, on value or on both. {quotaAttainmentReading}. After each period, list the deals that slipped or shrank and note why; the usual cause is a deal forecast without evidence from the buyer, so ask for that evidence before any deal goes into the forecast.",
      "not-sure":
        "You are not sure whether forecast deals close as forecast, which means forecast accuracy is not being measured. Take the forecast from the start of each of the last three periods and compare it, deal by deal, with what happened. That one exercise shows how far the forecast can be trusted.",
      agree:
        "Your forecast deals mostly close on time and at the expected value, which makes planning easier across the company. {quotaAttainmentReading}. Keep tracking accuracy each period, and look closely at the deals that surprised you, as they point to the next improvement.",
      "strongly-agree":
        "Forecast accuracy is a real strength: deals you forecast close on time and at the value you expected. In {study}, sellers reported giving about 150 minutes a week to forecasting, often for a forecast that still missed, so your team gets far more from that effort than most. Keep comparing each forecast with the outcome, and tie forecast categories to your buyer-mapped sales process.",
    },
    variants: [
      {
        answers: ["strongly-agree"],
        when: "process-not-buyer-led",
        text: "Forecast accuracy is a real strength: deals you forecast close on time and at the value you expected. In {study}, sellers reported giving about 150 minutes a week to forecasting, often for a forecast that still missed, so your team gets far more from that effort than most. Write down what makes a deal forecastable in your team, so the accuracy does not depend on who is forecasting.",
      },
    ],
    actions: {
      keep: "Keep checking each forecast against the outcome",
      change: "Compare every forecast with the outcome",
      stop: "Stop forecasting deals without buyer evidence",
    },
  },
  {
    questionId: "c.revenue.forecast-process",
    byAnswer: {
      "strongly-disagree":
        "Your forecast is built without a defined process, so each manager rolls up numbers their own way and the total is only as good as the most optimistic of them. That will not scale as you grow. Define forecast categories with clear entry rules, one weekly timetable and one place where the forecast is kept.",
      disagree:
        "Your forecasting process exists in part but is not followed by everyone, which leaves room for personal judgement to creep in. Agree what each forecast category means in terms of buyer evidence. Then hold every team to the same rules and the same deadline.",
      "not-sure":
        "You are not sure whether your forecast follows a defined process, which suggests it varies by manager. Ask three managers how they decide what goes in their forecast. If the answers differ, write down one process and walk the team through it.",
      agree:
        "You build the forecast through a defined process most people follow, which removes much of the guesswork. Look for where it is bypassed, often for large deals or at the end of a period. Those exceptions are where forecast errors most often come from.",
      "strongly-agree":
        "Your forecast comes from a defined process everyone follows, so it does not depend on individual optimism. That discipline scales as the business grows. Keep refining the rules using the deals that surprised you.",
    },
    actions: {
      keep: "Keep one forecasting process for everyone",
      change: "Write one forecasting process for every team",
      stop: "Stop each manager forecasting their own way",
    },
  },
  {
    questionId: "c.revenue.pipeline-accurate",
    byAnswer: {
      "strongly-disagree":
        "Your pipeline does not give a true picture of the business to come, usually because it holds dead or unqualified deals. The number of deals you have open is {openDeals}. {openValueReading}. A large pipeline is not a healthy one; set a rule that deals with no buyer activity for a set period are closed or moved back, and clean the pipeline before the next forecast.",
      disagree:
        "Your pipeline is only partly reliable, so decisions based on it carry risk. The number of deals you have open is {openDeals}. Review every deal older than your normal cycle and ask what the buyer last did; remove or restage those with no recent buyer action.",
      "not-sure":
        "You are not sure whether your pipeline reflects reality, which is itself a warning sign. Pick ten deals at random and check each against its stage rules and its last buyer contact. The share that holds up is a simple measure of pipeline integrity.",
      agree:
        "Your pipeline gives a fair picture of future business, which makes it a useful guide. The number of deals you have open is {openDeals}. {openValueReading}. Keep it honest with a regular clean-out of stalled deals, and check that each stage holds enough value for your targets.",
      "strongly-agree":
        "Your pipeline is an accurate picture of the business to come, thanks to live, qualified deals in the right stages. The number of deals you have open is {openDeals}. {openValueReading}. Keep qualifying hard and removing dead deals, and use your conversion rates to check that each stage holds enough to meet the target.",
    },
    actions: {
      keep: "Keep the pipeline clean and qualified",
      change: "Clear stalled deals from the pipeline",
      stop: "Stop counting dead deals as pipeline",
    },
  },
  {
    questionId: "c.revenue.forecasting-importance",
    byAnswer: {
      "not-important":
        "Your company treats sales forecasting as unimportant, yet an inaccurate forecast disrupts hiring, inventory, cash and investor trust. Even a simple, honest forecast is better than none. Start with a monthly forecast of committed deals and compare it with the outcome.",
      "somewhat-important":
        "Forecasting gets limited attention in your company, so it is likely done quickly and trusted little. The rest of the business plans on those numbers, whether sales likes it or not. Give forecasting a defined process and an owner, and report its accuracy.",
      important:
        "Forecasting is seen as important in your company. The next step is to treat it as a skill: train managers to challenge deals on evidence, and track accuracy over time. Those two habits turn forecasting from a ritual into a tool.",
      "very-important":
        "Your company sees forecasting as very important, and that attention is rarer than it should be. Use it to invest in the process and tools that support it, such as evidence-based deal stages. Measure accuracy each period so the importance is backed by results.",
      essential:
        "Your company treats forecasting as essential, which is where it belongs: surprises in revenue are among the costliest events a business faces. Keep investing in the skills and the process behind it. Make sure the time spent on it produces accuracy, not just reports.",
    },
    variants: [
      {
        answers: ["not-important"],
        when: "has-forecast-process",
        text: "Your company treats sales forecasting as unimportant, although you say the forecast follows a defined process that everyone uses. A process kept up without conviction is the first to lapse when time gets short. Measure the forecast's accuracy each period and show the figure to the people who plan hiring and spending, so its value is seen.",
      },
      {
        answers: ["very-important", "essential"],
        when: "no-forecast-process",
        text: "Your company puts forecasting high among its priorities, yet you also say the forecast is built without a defined process, so the priority is not yet backed by a method. Give the forecast one owner and a written rule for what each category needs from the buyer. Report its accuracy every period, so the priority shows in results.",
      },
    ],
    actions: {
      keep: "Keep forecasting a core competency",
      change: "Give forecasting an owner and a measure",
      stop: "Stop treating forecasting as paperwork",
    },
  },
];
