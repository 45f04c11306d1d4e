// Part A: who is answering and for what kind of company. These answers choose the peer group, so the
// profile questions are required; the contact details are optional and need explicit consent.
import { choice, consentInput, section, textInput } from "./build";
import { PART_A_IDS } from "./question-ids";
import { POOL_DEFAULT } from "./pool";

export { PART_A_IDS, CONTACT_FIELD_IDS } from "./question-ids";

export const NAME_MAX_LENGTH = 100;
export const EMAIL_MAX_LENGTH = 254;
export const COMPANY_NAME_MAX_LENGTH = 150;

export const profileSection = section({
  id: "a.profile",
  part: "A",
  title: "About you and your company",
  intro: "A few facts about your role and your business, so we compare you with companies like yours.",
  questions: [
    choice({
      id: PART_A_IDS.role,
      label: "Which best describes your role?",
      help: "Pick the role you spend most of your working time in.",
      options: [
        { value: "executive", label: "Executive or business owner" },
        { value: "sales-leader", label: "Sales leader (head of sales, VP, director)" },
        { value: "first-line-manager", label: "First-line sales manager" },
        { value: "seller", label: "Seller or account manager" },
        { value: "sales-operations", label: "Sales operations or enablement" },
        { value: "marketing", label: "Marketing" },
        { value: "other", label: "Something else" },
      ],
    }),
    choice({
      id: PART_A_IDS.industry,
      label: "Which industry is your company in?",
      help: "Choose the closest match for the part of the business you sell for.",
      options: [
        { value: "software", label: "Software and internet" },
        { value: "it-services", label: "IT services and hardware" },
        { value: "telecoms", label: "Telecommunications" },
        { value: "financial-services", label: "Banking, insurance and financial services" },
        { value: "healthcare", label: "Healthcare and life sciences" },
        { value: "manufacturing", label: "Manufacturing and industrial" },
        { value: "professional-services", label: "Professional and business services" },
        { value: "retail-consumer", label: "Retail and consumer goods" },
        { value: "energy-utilities", label: "Energy and utilities" },
        { value: "transport-logistics", label: "Transport and logistics" },
        { value: "public-education", label: "Public sector and education" },
        { value: "other", label: "Another industry" },
      ],
    }),
    choice({
      id: PART_A_IDS.companySize,
      label: "How many people does your company employ?",
      help: "Count the whole company worldwide, not only the sales team.",
      options: [
        { value: "1-49", label: "Fewer than 50" },
        { value: "50-249", label: "50 to 249" },
        { value: "250-999", label: "250 to 999" },
        { value: "1000-4999", label: "1,000 to 4,999" },
        { value: "5000-19999", label: "5,000 to 19,999" },
        { value: "20000-plus", label: "20,000 or more" },
      ],
    }),
    choice({
      id: PART_A_IDS.revenue,
      label: "What is your company's annual revenue?",
      help: "An approximate band in US dollars is enough. Choose 'Prefer not to say' if you cannot share it.",
      options: [
        { value: "under-10m", label: "Under $10 million" },
        { value: "10m-50m", label: "$10 million to $50 million" },
        { value: "50m-250m", label: "$50 million to $250 million" },
        { value: "250m-1b", label: "$250 million to $1 billion" },
        { value: "1b-5b", label: "$1 billion to $5 billion" },
        { value: "over-5b", label: "Over $5 billion" },
        { value: "undisclosed", label: "Prefer not to say" },
      ],
    }),
    choice({
      id: PART_A_IDS.region,
      label: "Where do you do most of your selling?",
      help: "The region your own sales team mainly covers.",
      options: [
        { value: "north-america", label: "North America" },
        { value: "latin-america", label: "Latin America" },
        { value: "europe", label: "Europe" },
        { value: "middle-east-africa", label: "Middle East and Africa" },
        { value: "asia-pacific", label: "Asia Pacific" },
      ],
    }),
    choice({
      id: PART_A_IDS.salesTeamSize,
      label: "How many people carry a sales target in your company?",
      help: "Include everyone with a personal quota, across all sales teams.",
      options: [
        { value: "1-5", label: "1 to 5" },
        { value: "6-20", label: "6 to 20" },
        { value: "21-50", label: "21 to 50" },
        { value: "51-200", label: "51 to 200" },
        { value: "201-1000", label: "201 to 1,000" },
        { value: "1000-plus", label: "More than 1,000" },
      ],
    }),
    choice({
      id: PART_A_IDS.salesModel,
      label: "How do you mainly sell?",
      help: "If no single way dominates, choose the mixed model.",
      options: [
        { value: "field", label: "Field sales, meeting buyers in person" },
        { value: "inside", label: "Inside sales, by phone and video" },
        { value: "channel", label: "Through channel partners or resellers" },
        { value: "hybrid", label: "A mix of these" },
      ],
    }),
  ],
});

export const contactSection = section({
  id: "a.contact",
  part: "A",
  title: "Keeping in touch, and the benchmark pool",
  intro:
    "Leave your details only if you want us to contact you about your results; your report works without them. " +
    "Then say whether your answers may join the anonymous benchmark pool.",
  questions: [
    textInput({
      id: PART_A_IDS.name,
      label: "Your name",
      help: "How we should address you.",
      format: "plain",
      maxLength: NAME_MAX_LENGTH,
      autocomplete: "name",
    }),
    textInput({
      id: PART_A_IDS.email,
      label: "Work email",
      help: "We use it only to send you your results and follow-ups you agree to.",
      format: "email",
      maxLength: EMAIL_MAX_LENGTH,
      autocomplete: "email",
    }),
    textInput({
      id: PART_A_IDS.companyName,
      label: "Company name",
      help: "Never shown to other participants; benchmarks are anonymous.",
      format: "plain",
      maxLength: COMPANY_NAME_MAX_LENGTH,
      autocomplete: "organization",
    }),
    consentInput(
      PART_A_IDS.consent,
      "I agree that you may store these contact details and contact me about my results.",
      "Tick this box to share the details above; without it, leave them empty.",
    ),
    consentInput(
      PART_A_IDS.pool,
      "Add my answers to the anonymous benchmark pool",
      "Ticked unless you untick it. Every participant's report, yours included, is compared with this pool; nobody " +
        "sees your answers, only figures about groups of companies. Untick it to keep your answers out: you still get " +
        "your full report, and your answers are never counted for anyone. You can change this until you submit.",
      { default: POOL_DEFAULT },
    ),
  ],
});
