import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("applies defaults when nothing is set", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env).toMatchObject({ PORT: 3000, PEER_GROUP_MIN_SIZE: 10, ANONYMITY_THRESHOLD: 5 });
  });

  it("treats an empty DATABASE_URL as unset (the embedded default)", () => {
    expect(parseEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("accepts postgres and postgresql URLs", () => {
    expect(parseEnv({ DATABASE_URL: "postgres://u:p@db:5432/app" }).DATABASE_URL).toBe("postgres://u:p@db:5432/app");
    expect(parseEnv({ DATABASE_URL: "postgresql://db/app" }).DATABASE_URL).toBe("postgresql://db/app");
  });

  it.each([
    ["not a url", "DATABASE_URL is not a URL"],
    ["mysql://root@localhost/app", "DATABASE_URL must start with postgresql://"],
    ["postgresql://localhost:5432", "DATABASE_URL names no database"],
  ])("rejects DATABASE_URL=%s with one clear message", (value, message) => {
    expect(() => parseEnv({ DATABASE_URL: value })).toThrow(EnvError);
    expect(() => parseEnv({ DATABASE_URL: value })).toThrow(message);
  });

  it.each(["0", "70000", "abc", "3000.5"])("rejects PORT=%s", (value) => {
    expect(() => parseEnv({ PORT: value })).toThrow(/PORT must be a whole number from 1 to 65535/);
  });

  it("limits submissions by default; 0 turns the limit off; proxies are not trusted unless configured", () => {
    expect(parseEnv({})).toMatchObject({ SUBMIT_RATE_LIMIT_PER_MINUTE: 30, TRUST_PROXY: 0 });
    expect(parseEnv({ SUBMIT_RATE_LIMIT_PER_MINUTE: "0", TRUST_PROXY: "1" })).toMatchObject({ SUBMIT_RATE_LIMIT_PER_MINUTE: 0, TRUST_PROXY: 1 });
    expect(() => parseEnv({ SUBMIT_RATE_LIMIT_PER_MINUTE: "off" })).toThrow(/SUBMIT_RATE_LIMIT_PER_MINUTE must be a whole number/);
    expect(parseEnv({ TRUST_PROXY: "true" }).TRUST_PROXY).toBe(1);
    expect(() => parseEnv({ TRUST_PROXY: "yes" })).toThrow(/TRUST_PROXY must be a whole number from 0 to 10/);
  });

  it("limits every public route that works or writes by default, each set on its own", () => {
    expect(parseEnv({})).toMatchObject({
      STEP_SAVE_RATE_LIMIT_PER_MINUTE: 120,
      DRAFT_RATE_LIMIT_PER_HOUR: 60,
      PDF_RATE_LIMIT_PER_MINUTE: 40,
      BENCHMARKS_RATE_LIMIT_PER_MINUTE: 60,
    });
    expect(parseEnv({ DRAFT_RATE_LIMIT_PER_HOUR: "0", PDF_RATE_LIMIT_PER_MINUTE: "5" })).toMatchObject({ DRAFT_RATE_LIMIT_PER_HOUR: 0, PDF_RATE_LIMIT_PER_MINUTE: 5 });
    expect(() => parseEnv({ BENCHMARKS_RATE_LIMIT_PER_MINUTE: "-1" })).toThrow(/BENCHMARKS_RATE_LIMIT_PER_MINUTE must be a whole number from 0/);
    expect(() => parseEnv({ STEP_SAVE_RATE_LIMIT_PER_MINUTE: "lots" })).toThrow(/STEP_SAVE_RATE_LIMIT_PER_MINUTE must be a whole number/);
  });

  it("logs at info by default and refuses a level pino does not know", () => {
    expect(parseEnv({}).LOG_LEVEL).toBe("info");
    expect(parseEnv({ LOG_LEVEL: "silent" }).LOG_LEVEL).toBe("silent");
    expect(() => parseEnv({ LOG_LEVEL: "verbose" })).toThrow(/LOG_LEVEL must be one of fatal, error/);
  });

  it("runs the job queue's maintenance every 2 minutes unless JOB_MAINTENANCE_INTERVAL_SECONDS says otherwise", () => {
    expect(parseEnv({}).JOB_MAINTENANCE_INTERVAL_SECONDS).toBe(120);
    expect(parseEnv({ JOB_MAINTENANCE_INTERVAL_SECONDS: "1" }).JOB_MAINTENANCE_INTERVAL_SECONDS).toBe(1);
    expect(() => parseEnv({ JOB_MAINTENANCE_INTERVAL_SECONDS: "0" })).toThrow(/JOB_MAINTENANCE_INTERVAL_SECONDS must be a whole number from 1 to 3600/);
  });

  it("shows a team's member figures from 3 completed members unless TEAM_MIN_MEMBERS says more, and never from fewer", () => {
    expect(parseEnv({}).TEAM_MIN_MEMBERS).toBe(3);
    expect(parseEnv({ TEAM_MIN_MEMBERS: "5" }).TEAM_MIN_MEMBERS).toBe(5);
    expect(() => parseEnv({ TEAM_MIN_MEMBERS: "2" })).toThrow(/TEAM_MIN_MEMBERS must be a whole number from 3 to 1000/);
    expect(parseEnv({}).TEAM_RATE_LIMIT_PER_HOUR).toBe(20);
    expect(parseEnv({ TEAM_RATE_LIMIT_PER_HOUR: "0" }).TEAM_RATE_LIMIT_PER_HOUR).toBe(0);
  });

  it("starts a worker beside the app unless WORKER=off, and refuses anything else", () => {
    expect(parseEnv({}).WORKER).toBe("on");
    expect(parseEnv({ WORKER: "off" }).WORKER).toBe("off");
    expect(parseEnv({ WORKER: " OFF " }).WORKER).toBe("off");
    expect(() => parseEnv({ WORKER: "no" })).toThrow("WORKER must be on or off");
  });

  it("asks 4 × ANONYMITY_THRESHOLD responses for public quartiles unless told, and never fewer than the threshold", () => {
    expect(parseEnv({}).BENCHMARK_QUARTILE_THRESHOLD).toBe(20);
    expect(parseEnv({ ANONYMITY_THRESHOLD: "8" }).BENCHMARK_QUARTILE_THRESHOLD).toBe(32);
    expect(parseEnv({ BENCHMARK_QUARTILE_THRESHOLD: "10" }).BENCHMARK_QUARTILE_THRESHOLD).toBe(10);
    expect(parseEnv({ ANONYMITY_THRESHOLD: "10", BENCHMARK_QUARTILE_THRESHOLD: "10" }).BENCHMARK_QUARTILE_THRESHOLD).toBe(10);
    expect(() => parseEnv({ ANONYMITY_THRESHOLD: "10", BENCHMARK_QUARTILE_THRESHOLD: "9" })).toThrow(
      "BENCHMARK_QUARTILE_THRESHOLD must be at least ANONYMITY_THRESHOLD (10)",
    );
    expect(() => parseEnv({ BENCHMARK_QUARTILE_THRESHOLD: "twenty" })).toThrow(/BENCHMARK_QUARTILE_THRESHOLD must be a whole number from 1 to/);
  });

  it("stores mail without SMTP_URL, with links to the local app; with it, needs MAIL_FROM and PUBLIC_URL", () => {
    expect(parseEnv({ PORT: "3100" }).SMTP_URL).toBeUndefined();
    expect(parseEnv({ PORT: "3100" })).toMatchObject({ PUBLIC_URL: "http://127.0.0.1:3100", MAIL_RETENTION_DAYS: 30, MAIL_LINK_RATE_LIMIT_PER_HOUR: 10 });
    const configured = parseEnv({
      SMTP_URL: "smtps://user:secret@mail.example.com:465",
      MAIL_FROM: "Dealmaker Index <study@example.com>",
      PUBLIC_URL: "https://survey.example.com/",
    });
    expect(configured).toMatchObject({ SMTP_URL: "smtps://user:secret@mail.example.com:465", PUBLIC_URL: "https://survey.example.com" });
    expect(parseEnv({ SMTP_URL: "smtp://localhost", MAIL_FROM: "study@example.com", PUBLIC_URL: "http://10.0.0.5:3000" }).MAIL_FROM).toBe("study@example.com");
    expect(() => parseEnv({ SMTP_URL: "smtp://mail.example.com" })).toThrow(/MAIL_FROM is required when SMTP_URL is set.*PUBLIC_URL is required when SMTP_URL is set/);
  });

  it.each([
    [{ SMTP_URL: "mail example" }, "SMTP_URL is not a URL"],
    [{ SMTP_URL: "http://mail.example.com" }, "SMTP_URL must start with smtp:// (STARTTLS"],
    [{ SMTP_URL: "smtp://" }, "SMTP_URL"],
    [{ MAIL_FROM: "not an address" }, 'MAIL_FROM must be an address or "Name <address>"'],
    [{ MAIL_FROM: "Study <nobody>" }, "MAIL_FROM must be an address"],
    [{ PUBLIC_URL: "survey.example.com" }, "PUBLIC_URL is not a URL"],
    [{ PUBLIC_URL: "ftp://survey.example.com" }, "PUBLIC_URL must start with https:// or http://"],
    [{ PUBLIC_URL: "https://survey.example.com/?ref=mail" }, "PUBLIC_URL must be the app's address alone"],
    [{ MAIL_RETENTION_DAYS: "0" }, "MAIL_RETENTION_DAYS must be a whole number from 1"],
  ])("rejects mail settings %o with one clear message", (env, message) => {
    expect(() => parseEnv(env)).toThrow(EnvError);
    expect(() => parseEnv(env)).toThrow(message);
  });

  it("invites a participant to take the survey again 365 days after their latest report unless told otherwise", () => {
    expect(parseEnv({}).RETAKE_INVITE_AFTER_DAYS).toBe(365);
    expect(parseEnv({ RETAKE_INVITE_AFTER_DAYS: "180" }).RETAKE_INVITE_AFTER_DAYS).toBe(180);
    for (const bad of ["0", "3651", "half a year", "1.5"]) {
      expect(() => parseEnv({ RETAKE_INVITE_AFTER_DAYS: bad })).toThrow(`RETAKE_INVITE_AFTER_DAYS must be a whole number from 1 to 3650 (got "${bad}")`);
    }
  });

  it("names every bad variable at once", () => {
    try {
      parseEnv({ PORT: "x", ANONYMITY_THRESHOLD: "-1" });
      expect.unreachable();
    } catch (error) {
      expect((error as EnvError).problems).toHaveLength(2);
    }
  });
});
