// Part C narratives for Keeping customers, addressed to the sales leader.
import type { QuestionNarrative } from "./types";

export const RETENTION_NARRATIVES: readonly QuestionNarrative[] = [
  {
    questionId: "c.retention.retention-rate",
    byAnswer: {
      "strongly-disagree":
        "Too many customers leave you, and every one that goes must be replaced before growth can even start. Customers seldom leave over price or features; far more often it is the service they received. Call the last ten customers who left, ask what went wrong, and fix the most common cause first.",
      disagree:
        "Customer retention is below where you want it, which quietly drains revenue and margin. Look at when customers leave: in the first year points to onboarding, later points to service or a lack of contact. Give each at-risk account an owner and a check-in plan for the next quarter.",
      "not-sure":
        "You are not sure whether your customer retention is satisfactory, which usually means it is not measured. Work out the share of customers at the start of last year who are still customers today, and split it by segment. That single figure will tell you whether retention deserves a place among your priorities.",
      agree:
        "You are satisfied with how many customers stay with you, which gives your growth a stable base. Keep asking customers regularly how they judge your service, because dissatisfaction builds long before a customer leaves. Treat every departure as a case to learn from.",
      "strongly-agree":
        "Customer retention is a clear strength: your customers stay year after year. Loyal customers are your best source of additional sales and referrals, so make sure your sellers use that goodwill. Keep the service standards that earn it, especially as you grow.",
    },
    actions: {
      keep: "Keep service good enough to retain customers",
      change: "Measure who leaves and why",
      stop: "Stop losing customers over poor service",
    },
  },
  {
    questionId: "c.retention.renewal-rate",
    byAnswer: {
      "strongly-disagree":
        "Your renewal rate is well below where it should be, so recurring revenue leaks away each period. Renewals are won or lost long before the contract date. Start renewal conversations at least three months early, at a business level, with evidence of the results the customer has achieved.",
      disagree:
        "Renewals fall short of what they should be in your business. The usual cause is that the customer stopped seeing value, often because nobody showed it to them. Schedule a value review with each customer halfway through the contract, and bring the results they got.",
      "not-sure":
        "You are not sure about your renewal rate, either because you have little recurring business or because it is not tracked. If recurring revenue matters to you, measure the share of contracts up for renewal last year that renewed, by value as well as by count. If it does not, this item matters less for you than the others.",
      agree:
        "Your renewal rate is where it should be, which reflects customer relationships that hold. Keep renewal conversations about business results, not about the contract. Watch the accounts where your main contact has changed, as those renewals are the most at risk.",
      "strongly-agree":
        "Renewals are a real strength of your business, the sign of long-term customer relationships that work. Use the trust they show: renewal meetings are a natural moment to discuss upgrades and referrals. Keep the habits that got you here, such as regular value reviews and senior contacts on both sides.",
    },
    actions: {
      keep: "Keep renewal talks about business results",
      change: "Track renewals and start them earlier",
      stop: "Stop leaving renewals to the contract date",
    },
  },
  {
    questionId: "c.retention.expand-accounts",
    byAnswer: {
      "strongly-disagree":
        "You rarely sell more to customers who already trust you, and that is usually the cheapest revenue available. {averageDealReading}. List what each of your top twenty customers does not yet buy from you that could help them, and plan one conversation per account this quarter.",
      disagree:
        "Cross-selling and upselling to existing customers happen less than they could in your company. Sellers often focus on new logos because that is what they are paid for. Check your compensation plan, and give account expansion a target of its own.",
      "not-sure":
        "You are not sure whether your company regularly sells more to existing customers, which suggests the figure is not tracked. Split last year's revenue into new customers and existing ones, and look at how many customers bought a second product. Those two numbers show how much of the opportunity you are using.",
      agree:
        "You regularly sell additional products and upgrades to existing customers, which raises deal value and deepens relationships. {averageDealReading}. Make expansion systematic by reviewing each key account for the next sensible purchase every quarter.",
      "strongly-agree":
        "Growing existing accounts is a strength of your company, and it lifts both deal value and opportunity count. {averageDealReading}. Keep every offer tied to a result the customer wants, so expansion strengthens trust rather than testing it.",
    },
    actions: {
      keep: "Keep growing existing customer accounts",
      change: "Measure revenue from existing customers",
      stop: "Stop ignoring revenue in existing customers",
    },
  },
];
