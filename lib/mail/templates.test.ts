import { describe, expect, it } from "vitest";
import { MAIL_KINDS, type MailKind } from "./kinds";
import { composeMail } from "./templates";

const LINK = "https://survey.example.test/r/abc_DEF-123";
const KINDS = Object.keys(MAIL_KINDS) as MailKind[];

describe("composeMail", () => {
  it.each(KINDS)("%s: the link in both parts, nothing loaded from elsewhere", (kind) => {
    const mail = composeMail(kind, LINK, { draftRetentionDays: 30 });
    expect(mail.subject).toMatch(/Dealmaker Index/);
    expect(mail.text).toContain(LINK);
    expect(mail.html).toContain(`<a href="${LINK}"`);
    expect(mail.html).not.toMatch(/<img|<script|src=|url\(|<link/i);
    // The one link in each part is the participant's.
    expect(mail.text.match(/https?:\/\/\S+/g)).toEqual([LINK]);
    expect(new Set(mail.html.match(/https?:\/\/[^\s"<]+/g))).toEqual(new Set([LINK]));
  });

  it("greets by the name given, escapes it in the HTML, and says hello without one", () => {
    const named = composeMail("report-link", LINK, { name: ' Ana <b>"O\'Neil"</b> ', draftRetentionDays: 30 });
    expect(named.text).toMatch(/^Hello Ana <b>"O'Neil"<\/b>,/);
    expect(named.html).toContain("Hello Ana &lt;b&gt;&quot;O&#39;Neil&quot;&lt;/b&gt;,");
    expect(named.html).not.toContain("<b>");
    expect(composeMail("report-link", LINK, { name: "  ", draftRetentionDays: 30 }).text).toMatch(/^Hello,/);
  });

  it("tells the resume link works once and when an unfinished survey is deleted", () => {
    const mail = composeMail("resume-link", LINK, { draftRetentionDays: 12 });
    expect(mail.text).toMatch(/works once/);
    expect(mail.text).toMatch(/deleted 12 days after its last save/);
  });

  it("tells the retake invitation works once and until when, and why it came", () => {
    const mail = composeMail("retake-invite", LINK, { draftRetentionDays: 30, linkValidUntil: new Date("2027-03-02T23:59:59Z") });
    expect(mail.text).toMatch(/works once, until 2 March 2027/);
    expect(mail.text).toMatch(/agreed to be contacted/);
    expect(mail.html).toContain("until 2 March 2027");
  });

  it("escapes a link with characters that mean something in HTML", () => {
    const mail = composeMail("resume-link", 'https://x.example/"><script>', { draftRetentionDays: 30 });
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("https://x.example/&quot;&gt;&lt;script&gt;");
  });
});
