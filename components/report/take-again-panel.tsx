// "Take it again" below the report (docs/decisions/027-retake.md): a new survey filled in with this report's answers.
import type { OtherSurvey } from "@/lib/responses/retake";
import { TakeAgainForm } from "@/components/survey/take-again-form";

export function TakeAgainPanel({ token, other, inProgress }: { token: string; other: OtherSurvey | null; inProgress: boolean }) {
  return (
    <section id="take-again" aria-labelledby="take-again-title" className="space-y-3 rounded-md border border-line bg-surface p-4 print:hidden">
      <h2 id="take-again-title" className="text-2xl font-semibold">
        Take it again
      </h2>
      <p>
        See how your team has moved: take the survey again, starting from the answers behind this report. Change what is
        different and leave the rest. The new report gets a private link of its own and links back to this one, which stays
        as it is.
      </p>
      <TakeAgainForm
        via={{ name: "report", token }}
        other={other}
        label={inProgress ? "Continue taking it again" : "Take it again"}
      />
    </section>
  );
}
