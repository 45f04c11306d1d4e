// A bad mail setting stops `npm start` before anything else starts, with one line saying what is wrong.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

function launchWith(env: Record<string, string>) {
  const result = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/serve.ts", "start"], {
    env: { ...process.env, PORT: "3998", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, stderr: result.stderr.trim() };
}

describe("npm start with bad mail settings", () => {
  it.each([
    [{ SMTP_URL: "not a url" }, /^✖ Invalid environment: SMTP_URL is not a URL/],
    [{ SMTP_URL: "mail.example.com:587" }, /^✖ Invalid environment: SMTP_URL must start with smtp:\/\//],
    [{ SMTP_URL: "https://mail.example.com" }, /SMTP_URL must start with smtp:\/\//],
    [{ SMTP_URL: "smtp://mail.example.com" }, /MAIL_FROM is required when SMTP_URL is set/],
  ])("%o gives one clear line", { timeout: 60_000 }, (env, expected) => {
    const { status, stderr } = launchWith(env);
    expect(status).toBe(1);
    expect(stderr).toMatch(expected);
    expect(stderr.split("\n")).toHaveLength(1);
  });
});
