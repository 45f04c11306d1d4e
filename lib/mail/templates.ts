// The mails, as plain data: a kind, the participant's private link (absolute, built from PUBLIC_URL) and a few facts
// in; a subject, a plain-text part and an HTML part out. No images, no tracking pixels, no links but the one the
// participant needs; every value put into the HTML is escaped.
import type { MailKind } from "./kinds";
import { TEAM_TEMPLATES } from "./team-templates";

export interface MailMessage {
  subject: string;
  text: string;
  html: string;
}

export interface MailFacts {
  /** The name the participant gave (with consent), to greet them by; otherwise a plain greeting. */
  name?: string | null;
  /** Days an unfinished survey is kept after its last save (DRAFT_RETENTION_DAYS). */
  draftRetentionDays: number;
  /** The last moment a one-time link works (the retake invitation's). */
  linkValidUntil?: Date;
  /** The team a team mail is about (team-invite-link, team-dashboard-link). */
  teamName?: string;
}

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export interface Layout {
  subject: string;
  greeting: string;
  /** Paragraphs before the link. */
  lead: string[];
  linkLabel: string;
  /** Paragraphs after the link. */
  notes: string[];
  /** Why the participant gets this mail. */
  why: string;
}

function render(layout: Layout, link: string): MailMessage {
  const text = [layout.greeting, ...layout.lead, `${layout.linkLabel}:\n${link}`, ...layout.notes, `--\n${layout.why}`].join("\n\n");
  const paragraph = (body: string) => `<p style="margin:0 0 16px">${escapeHtml(body)}</p>`;
  const html = [
    "<!doctype html>",
    `<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(layout.subject)}</title></head>`,
    '<body style="margin:0;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1f2937;background:#ffffff">',
    paragraph(layout.greeting),
    ...layout.lead.map(paragraph),
    `<p style="margin:0 0 16px"><a href="${escapeHtml(link)}" style="color:#1d4ed8;font-weight:bold">${escapeHtml(layout.linkLabel)}</a></p>`,
    `<p style="margin:0 0 16px;font-size:14px;color:#4b5563">If the link does not open, copy this address into your browser:<br>${escapeHtml(link)}</p>`,
    ...layout.notes.map(paragraph),
    `<p style="margin:24px 0 0;font-size:13px;color:#4b5563">${escapeHtml(layout.why)}</p>`,
    "</body></html>",
  ].join("\n");
  return { subject: layout.subject, text, html };
}

export const greet = (name: string | null | undefined) => (name?.trim() ? `Hello ${name.trim()},` : "Hello,");

const longDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

const TEMPLATES: Record<MailKind, (facts: MailFacts) => Layout> = {
  "report-link": (facts) => ({
    subject: "Your Dealmaker Index report",
    greeting: greet(facts.name),
    lead: ["Thank you for taking the Dealmaker Index survey. Your report is ready: your indices, how you compare with your peers, and the actions worth most to your sales team."],
    linkLabel: "Open your report",
    notes: [
      "The link is private: whoever holds it can read your report, so forward it only to people you trust. We keep only a fingerprint of it, so we cannot send it to you again — keep this mail.",
    ],
    why: "You receive this mail because you gave this address in the survey and agreed to be contacted about your results.",
  }),
  "resume-link": (facts) => ({
    subject: "Continue your Dealmaker Index survey",
    greeting: greet(facts.name),
    lead: ["Your answers so far are saved. This link opens the survey where you left off, on any device."],
    linkLabel: "Continue the survey",
    notes: [
      "The link works once: when you continue with it, the survey gives you a new one, and this one stops working. Whoever holds it can see your answers, so keep it to yourself.",
      `An unfinished survey is deleted ${facts.draftRetentionDays} days after its last save.`,
    ],
    why: "You receive this mail because someone asked the survey to send this address a link to continue. If it was not you, ignore it: nothing else will be sent.",
  }),
  "retake-invite": (facts) => ({
    subject: "Take the Dealmaker Index again and see what has changed",
    greeting: greet(facts.name),
    lead: [
      "Some time has passed since your Dealmaker Index report. Taking the survey again shows how your team has moved: your earlier answers are already filled in, so you change only what is different, and your new report links back to the earlier one.",
    ],
    linkLabel: "Take the survey again",
    notes: [
      `The link works once${facts.linkValidUntil ? `, until ${longDate.format(facts.linkValidUntil)}` : ""}. Whoever holds it can start a survey filled in with your earlier answers, so keep it to yourself. Your earlier report stays as it was, at its own link.`,
    ],
    why: "You receive this mail because you gave this address in the survey and agreed to be contacted about your results. We send this invitation once for each report; if you do not want to take part again, ignore it.",
  }),
  ...TEAM_TEMPLATES,
};

/** The mail of `kind` carrying `link`. */
export function composeMail(kind: MailKind, link: string, facts: MailFacts): MailMessage {
  return render(TEMPLATES[kind](facts), link);
}
