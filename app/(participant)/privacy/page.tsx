// What the study stores about a participant, for how long, and how to have it erased. Every period comes from the
// configuration the jobs use, so the page cannot drift from what the app does.
import type { Metadata } from "next";
import { serverEnv } from "@/lib/env";

export const metadata: Metadata = { title: "Privacy" };

export default function PrivacyPage() {
  const { DRAFT_RETENTION_DAYS, IDEMPOTENCY_KEY_RETENTION_HOURS, ANONYMITY_THRESHOLD, STUDY_CONTACT_EMAIL, MAIL_RETENTION_DAYS, RETAKE_INVITE_AFTER_DAYS, TEAM_MIN_MEMBERS } =
    serverEnv();
  return (
    <article className="max-w-2xl space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Privacy</h1>
      <p className="text-lg text-muted">
        The Dealmaker Index asks about your sales organisation, not about you. Here is what it keeps, for how long, and
        how to have it removed.
      </p>
      <section className="space-y-2" aria-labelledby="stored">
        <h2 id="stored" className="text-xl font-semibold">What is stored</h2>
        <ul className="list-disc space-y-1 pl-5">
          <li>Your answers, the scores computed from them and your report, under a random identifier.</li>
          <li>
            Your name, email and company only if you give them and tick the consent box: the survey does not accept
            them without it.
          </li>
          <li>
            Your report link is private: only a fingerprint of it is stored, so not even the study team can read it back.
            Anyone you share the link with can open the report.
          </li>
          <li>
            The mails sent to you (your report link, a link to continue the survey when you ask for one, and — if you
            agreed to be contacted — one invitation to take the survey again {RETAKE_INVITE_AFTER_DAYS} days after your
            latest report): the address, the subject and whether it was delivered. The message itself holds your private
            link, so it is kept only until it is sent.
          </li>
          <li>
            If you take the survey again, the new response is linked to your earlier one. Whoever holds the new report&apos;s
            link can also read your earlier reports through it; an earlier report&apos;s link never opens a later one.
          </li>
          <li>
            If you answer through a team&apos;s invite link, your response is marked as a member&apos;s of that team, with
            your role. Your own report stays yours: the team&apos;s leader never receives its link.
          </li>
          <li>
            Your network address is used only to count requests against abuse limits and is forgotten within about two
            hours. No tracking cookies: the one cookie the survey sets lets you continue where you left off.
          </li>
        </ul>
      </section>
      <section className="space-y-2" aria-labelledby="kept">
        <h2 id="kept" className="text-xl font-semibold">How long</h2>
        <ul className="list-disc space-y-1 pl-5">
          <li>An unfinished survey is deleted {DRAFT_RETENTION_DAYS} days after its last save.</li>
          <li>A submitted survey is kept for the study until you ask for it to be erased.</li>
          <li>The record of a mail sent to you is deleted {MAIL_RETENTION_DAYS} days after it was written.</li>
          <li>
            A program submitting through the API can retry safely for {IDEMPOTENCY_KEY_RETENTION_HOURS} hours; after that
            its retry key is forgotten.
          </li>
        </ul>
      </section>
      <section className="space-y-2" aria-labelledby="shared">
        <h2 id="shared" className="text-xl font-semibold">What others see</h2>
        <p>
          Benchmarks show only figures for groups of at least {ANONYMITY_THRESHOLD} responses, never a single answer,
          company or person. The study team can see individual responses in the admin area to run the study.
        </p>
        <p>
          Your answers join the benchmark pool only if you leave &quot;Add my answers to the anonymous benchmark pool&quot; ticked
          in the survey (it starts ticked, and you can change it until you submit); untick it and you still get your full report, but your answers count in no benchmark, peer group
          or export of figures.
        </p>
        <p>
          In a team, the leader&apos;s dashboard shows nothing drawn from the members&apos; answers until{" "}
          {TEAM_MIN_MEMBERS} members have completed, and then only figures for the team as a whole (medians, ranges and
          counts), never one member&apos;s answers or scores.
        </p>
      </section>
      <section className="space-y-2" aria-labelledby="erase">
        <h2 id="erase" className="text-xl font-semibold">Having your answers erased</h2>
        <p>
          {STUDY_CONTACT_EMAIL ? (
            <>
              Write to{" "}
              <a href={`mailto:${STUDY_CONTACT_EMAIL}`} className="font-medium text-brand-strong underline">
                {STUDY_CONTACT_EMAIL}
              </a>{" "}
            </>
          ) : (
            <>Ask the organisation that invited you to the study </>
          )}
          with the email address you gave or the date of your report. The study team erases the response, its scores,
          report, PDF and the mails sent to you; the benchmarks are recounted without it.
        </p>
      </section>
    </article>
  );
}
