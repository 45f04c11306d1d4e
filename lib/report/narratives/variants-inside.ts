// Variants for companies that sell mainly by phone and video (condition `inside`): the advice turns to what an
// inside team can see and steer every day: speed to lead, the call and email cadence, conversion from one stage to
// the next, recorded calls and talk time. Merged into the narratives by profile-variants.ts.
import type { ProfileVariants } from "./types";

const LOW = ["strongly-disagree", "disagree"] as const;
const when = "inside" as const;

export const INSIDE_VARIANTS: ProfileVariants = {
  bands: {
    overall: [
      {
        bands: ["Foundation Builder"],
        when,
        text: "{companySubject} sells mainly by phone and video and scores {score}, which places it among the Foundation Builders. {peerStanding}. Inside teams often lose ground through small habits repeated across many deals: new leads called back late, thin follow-up and weak conversion from one stage to the next. The first actions below show which of your gaps costs the most, and in what order to close them.",
      },
      {
        bands: ["Emerging Performer"],
        when,
        text: "{companySubject} sells mainly by phone and video and scores {score}, an Emerging Performer. {peerStanding}. Good habits exist but vary from seller to seller, which in an inside team shows up as uneven conversion from one stage to the next. Make the best sellers' call and follow-up cadence the standard, and track conversion by stage to see it take hold.",
      },
    ],
    number: [
      {
        bands: ["Major", "Significant"],
        when,
        text: "Your Number Index is {score}, so there is real revenue to gain from more qualified opportunities. For an inside team the count depends above all on speed to lead and a steady cadence of calls and emails: a lead called back within the hour turns into a conversation far more often than one called the next day. Measure how long new leads wait and how many touches a prospect gets before a seller moves on, and set a standard for both.",
      },
    ],
    value: [
      {
        bands: ["Major", "Significant"],
        when,
        text: "Your Value Index is {score}, so there is significant revenue to gain from larger deals. Inside sellers often close the first offer quickly and move on to the next call, leaving add-ons and larger packages unmentioned. Agree which additions fit each common deal, put them in the call plan for the proposal stage, and watch the average deal seller by seller.",
      },
    ],
    winRate: [
      {
        bands: ["Major", "Significant"],
        when,
        text: "Your Win Rate Index is {score}, so there is significant revenue to gain by winning more of your qualified deals. In an inside team losses show up in stage-to-stage conversion, seller by seller: find the stage where each seller's conversion falls furthest below the team's best. Listen to recorded calls at that stage and coach the moments that decide it, such as how the next step is agreed.",
      },
    ],
    salesCycle: [
      {
        bands: ["Major", "Significant"],
        when,
        text: "Your Sales Cycle Index is {score}, so there is significant revenue to gain by moving deals faster. Inside deals rarely stall in a call; they stall in the gap between calls, when nobody has booked the next one. End every call with a dated next step, follow up a missed appointment the same day, and flag any deal with no contact for a week.",
      },
    ],
  },
  questions: {
    "c.process.followed-by-sellers": [
      {
        answers: LOW,
        when,
        text: "Your sellers do not reliably follow the sales process, and in an inside team the process lives in the cadence of calls and emails each deal should get. Write that cadence down, stage by stage, and load it into the tool sellers call from, so the next step appears without anyone having to remember it. Then review each week the deals that fell out of their cadence.",
      },
    ],
    "c.velocity.qualification": [
      {
        answers: LOW,
        when,
        text: "Qualification is weaker than it should be in your team, and an inside team pays for it with calendars full of follow-up calls to buyers who will never buy. Agree the three or four questions every first call must answer, and move a deal forward only when they are answered. Track the conversion from first call to proposal by seller: the lowest rates show who needs help qualifying.",
      },
    ],
    "c.velocity.enough-opportunities": [
      {
        answers: LOW,
        when,
        text: "You do not create enough qualified opportunities for your targets, and for an inside team the first things to check are speed to lead and cadence. Measure how long new leads wait for a first call and how many calls and emails a prospect gets before a seller gives up; both are usually lower than leaders expect. Set a standard for each, such as a call back within the hour and a fixed number of touches, and review them weekly.",
      },
    ],
    "c.velocity.cycle-length": [
      {
        answers: LOW,
        when,
        text: "Your deals take longer than they should, and in inside sales the delay usually sits in the gaps between calls rather than in the calls themselves. Have sellers book the next call before ending the current one, and follow up a missed appointment the same day. Track how many days pass between contacts on open deals; long gaps show where deals are drifting.",
      },
    ],
    "c.coaching.manager-coaching-time": [
      {
        answers: ["never", "under-25"],
        when,
        text: "Your managers coach little or not at all, and an inside team makes coaching easier than most, because calls can be recorded and replayed. Ask each manager to listen to two calls per seller every week and discuss one moment from each, such as how an objection was handled or how much of the call the seller spent talking. Short, frequent sessions like these lift conversion faster than occasional workshops.",
      },
    ],
    "c.coaching.selling-basics": [
      {
        answers: LOW,
        when,
        text: "Your sellers' questioning, listening and presenting need work, and on the phone these skills decide a call within minutes. Review recorded calls together and compare talk time with listening time: sellers who talk through most of the call seldom learn what the buyer needs. Agree what a good discovery call sounds like and practise its opening questions in short role-plays.",
      },
      {
        answers: ["not-sure"],
        when,
        text: "You are unsure how well your sellers question, listen and present, yet an inside team has the evidence to hand in its recorded calls. Have each manager listen to three calls per seller this month and score the three skills on a simple sheet. That gives you a baseline and a coaching plan in one step.",
      },
    ],
    "c.social.prospecting": [
      {
        answers: LOW,
        when,
        text: "Your company makes little or no use of social media to reach buyers, and inside sellers can add it to their cadence at almost no cost. Make a profile visit and a connection request part of the first touches on every new prospect, alongside calls and emails. Track whether prospects who connect answer more often; that tells you how big a place social should have.",
      },
    ],
    "c.revenue.pipeline-accurate": [
      {
        answers: LOW,
        when,
        text: "Your pipeline does not give a true picture of the business to come, and with the number of deals an inside team carries, stale ones pile up fast. Test it against your stage-to-stage conversion rates: if the early stages hold far more deals than those rates can turn into wins, the pipeline is inflated. Close or move back any deal without contact for two weeks, and repeat the test every month.",
      },
    ],
    "d.engagement.customer-meetings": [
      {
        answers: ["1-2", "3-5"],
        when,
        text: "You hold at most five customer conversations in a typical week, which is light for inside sales, where the work is many short calls and video meetings. Look at where your days go and block fixed hours for calls with prospects and customers. Count the conversations you hold each week as well as the meetings booked, so you see whether your cadence holds.",
      },
    ],
  },
};
