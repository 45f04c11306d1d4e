// Variants for companies that sell mainly in person at the buyer's site (condition `field`) or through a mix of
// models (condition `hybrid`): field advice works around travel and visits, mixed-model advice around the hand-over
// between inside and field sellers. Merged into the narratives by profile-variants.ts.
import type { ProfileVariants } from "./types";

const LOW = ["strongly-disagree", "disagree"] as const;

export const FIELD_HYBRID_VARIANTS: ProfileVariants = {
  bands: {},
  questions: {
    "c.coaching.manager-coaching-time": [
      {
        answers: ["never", "under-25"],
        when: "field",
        text: "Your managers coach little or not at all, and in field sales the most useful coaching happens on the way to and from a customer visit. Ask each manager to join one visit per seller every fortnight, agree the meeting's objective beforehand and talk it through straight after. Keep a short note of each, so the next visit builds on the last.",
      },
    ],
    "c.velocity.enough-opportunities": [
      {
        answers: LOW,
        when: "field",
        text: "You do not create enough qualified opportunities for your targets, and field sellers' weeks go largely on travel and existing deals, leaving little room for new ones. Give every territory a written plan naming the accounts to open this quarter, and group prospect visits around the meetings sellers already travel for. Review each territory's new opportunities every month.",
      },
    ],
    "c.velocity.cycle-length": [
      {
        answers: LOW,
        when: "field",
        text: "Your deals take longer than they should, and in field sales the wait between one visit and the next can add weeks. Agree the next meeting before leaving each visit, and use video calls for the steps that need no room, such as answering questions or walking through a proposal. Compare the time won and lost deals spent between visits.",
      },
    ],
    "d.engagement.customer-meetings": [
      {
        answers: ["over-10"],
        when: "field",
        text: "You have more than ten customer meetings a week, a demanding pace in field sales, where every visit also costs travel. Group visits by area so the time saved goes into preparation and follow-up, and hold short check-ins by video. Keep time in the room for the meetings where being there changes the outcome.",
      },
    ],
    "c.velocity.qualification": [
      {
        answers: LOW,
        when: "hybrid",
        text: "Qualification is weaker than it should be in your team, and in a mixed model it often breaks at the hand-over, when an inside seller passes on a deal that the field seller then finds was never qualified. Agree in writing what a deal must show before it is handed on, and let the receiving seller send it back when it does not. Track how many handed-over deals are won; that tells you whether the rule works.",
      },
    ],
    "c.process.followed-by-sellers": [
      {
        answers: LOW,
        when: "hybrid",
        text: "Your sellers do not reliably work by the process, and in a mixed team each group may have drifted into its own version of it. Agree one set of stages for inside and field deals, with the hand-over between them as a stage of its own. Then review every deal the same way, whoever owns it.",
      },
    ],
  },
};
