// The one-line company profile under the report's title, on the page and in the PDF: industry, size, how many
// people sell, how the company sells, where. Built from the profile labels the document stores.
import { PART_A_IDS, findQuestion } from "@/lib/instrument";

/** Short names of the sales models, for a line where the survey's full option labels would read awkwardly. */
const MODEL_NAMES: Record<string, string> = {
  field: "field sales",
  inside: "inside sales",
  channel: "sells through channel partners",
  hybrid: "mixed field, inside and channel sales",
};

function modelName(label: string | undefined): string | undefined {
  if (!label) return undefined;
  const question = findQuestion(PART_A_IDS.salesModel);
  const code = question?.kind === "choice" ? question.options.find((option) => option.label === label)?.value : undefined;
  return code ? (MODEL_NAMES[code] ?? label) : label;
}

export function profileLine(profile: Readonly<Record<string, string>>): string {
  const { industry, companySize, salesTeamSize, salesModel, region } = profile;
  const parts = [
    industry,
    companySize && `${companySize} employees`,
    salesTeamSize && `${salesTeamSize} with a sales target`,
    modelName(salesModel),
    region,
  ];
  return parts.filter(Boolean).join(" · ");
}
