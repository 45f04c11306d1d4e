import type { ErrorBody } from "./error-body";
import { describe, expect, it } from "vitest";
import { originProblem, refuseMalformedServerAction } from "./server-action-guard";

const SIGN_IN = "60ce60a36e2d16e21bd656fb4fd8e272cad03cd37b";
const CREATE_TOKEN = "60588ab4c1a4bdfb7c3e6a1b90e5e777885ebf55dc";
const ids = new Set([SIGN_IN, CREATE_TOKEN]);

function post(path: string, body: BodyInit, headers: Record<string, string>) {
  return new Request(`http://127.0.0.1:3000${path}`, { method: "POST", body, headers: { host: "127.0.0.1:3000", ...headers } });
}
const action = (id: string, type = "text/plain;charset=UTF-8", extra: Record<string, string> = {}) => ({ "next-action": id, "content-type": type, ...extra });

async function statusOf(request: Request, pathname = new URL(request.url).pathname) {
  const response = await refuseMalformedServerAction(request, pathname, () => ids);
  return response ? { status: response.status, body: (await response.json()) as ErrorBody, notFound: response.headers.get("x-nextjs-action-not-found") } : undefined;
}

function multipart(fields: [string, string][]) {
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  return form;
}

describe("refuseMalformedServerAction", () => {
  it("lets real actions through: the sign-in form (JSON text) and a form with JavaScript (multipart)", async () => {
    expect(await statusOf(post("/admin/sign-in", '[{"email":"a@b.example","password":"p"},null]', action(SIGN_IN, "text/plain;charset=UTF-8", { origin: "http://127.0.0.1:3000" })))).toBeUndefined();
    const withJs = multipart([["_1_name", "ci"], ["0", '[null,"$K1"]']]);
    const request = new Request("http://127.0.0.1:3000/admin/api-tokens", { method: "POST", body: withJs, headers: { host: "127.0.0.1:3000", "next-action": CREATE_TOKEN } });
    expect(await statusOf(request)).toBeUndefined();
  });

  it("lets a form posted without JavaScript through, and ordinary posts that are not actions", async () => {
    const noJs = multipart([["$ACTION_REF_1", ""], ["$ACTION_1:0", `{"id":"${CREATE_TOKEN}","bound":"$@1"}`], ["$ACTION_1:1", "[null]"], ["$ACTION_KEY", "k0"], ["name", "ci"]]);
    expect(await statusOf(new Request("http://127.0.0.1:3000/admin/api-tokens", { method: "POST", body: noJs, headers: { host: "127.0.0.1:3000" } }))).toBeUndefined();
    const byId = multipart([[`$ACTION_ID_${CREATE_TOKEN}`, ""], ["name", "ci"]]);
    expect(await statusOf(new Request("http://127.0.0.1:3000/admin/api-tokens", { method: "POST", body: byId, headers: { host: "127.0.0.1:3000" } }))).toBeUndefined();
    expect(await statusOf(post("/api/v1/responses", "{", { "content-type": "application/json", "next-action": "x" }))).toBeUndefined();
    expect(await statusOf(post("/survey", "a=1", { "content-type": "application/x-www-form-urlencoded" }))).toBeUndefined();
  });

  it("answers an unknown action id with 404 and Next's not-found header", async () => {
    for (const id of ["0".repeat(42), "not-an-action", ""]) {
      expect(await statusOf(post("/admin/sign-in", "[]", action(id)))).toMatchObject({ status: 404, notFound: "1" });
    }
    const noJs = multipart([[`$ACTION_ID_${"1".repeat(42)}`, ""]]);
    expect(await statusOf(new Request("http://127.0.0.1:3000/admin", { method: "POST", body: noJs, headers: { host: "127.0.0.1:3000" } }))).toMatchObject({ status: 404 });
  });

  it.each([
    ["JSON content type", "[]", "application/json", 415],
    ["no content type", "[]", "", 415],
    ["form-encoded", "a=1", "application/x-www-form-urlencoded", 415],
    ["not JSON", "{", "text/plain", 400],
    ["not a list", '{"email":"a"}', "text/plain", 400],
    ["an unescaped $ reference", '["$1"]', "text/plain", 400],
    ["a body over the limit", `["${"x".repeat(1_000_001)}"]`, "text/plain", 413],
    ["a multipart body without a boundary", "--zz\r\n", "multipart/form-data", 400],
    ["a multipart body cut short", '--zz\r\nContent-Disposition: form-data; name="0"\r\n\r\n[]', "multipart/form-data; boundary=zz", 400],
    ["multipart without the arguments part", '--zz\r\nContent-Disposition: form-data; name="1"\r\n\r\n[]\r\n--zz--\r\n', "multipart/form-data; boundary=zz", 400],
  ])("answers %s with a 4xx", async (_label, body, type, status) => {
    expect(await statusOf(post("/admin/sign-in", body, action(SIGN_IN, type)))).toMatchObject({ status });
  });

  it("refuses a form posted without JavaScript whose bound arguments React could not decode", async () => {
    for (const fields of [
      [["$ACTION_REF_1", ""], ["$ACTION_1:0", "{"]],
      [["$ACTION_REF_1", ""], ["$ACTION_1:0", `{"id":"${CREATE_TOKEN}","bound":"$@1"}`]],
      [["$ACTION_REF_1", ""], ["$ACTION_1:0", `{"id":"${CREATE_TOKEN}","bound":"$@1"}`], ["$ACTION_1:1", '"$Q9"']],
      [["$ACTION_REF_1", ""], ["$ACTION_1:0", `{"id":"${CREATE_TOKEN}","bound":null,"x":"$1"}`]],
    ] as [string, string][][]) {
      const request = new Request("http://127.0.0.1:3000/admin/api-tokens", { method: "POST", body: multipart(fields), headers: { host: "127.0.0.1:3000" } });
      expect(await statusOf(request)).toMatchObject({ status: 400 });
    }
  });

  it("answers a cross-site Origin with 403, where Next answers 500", async () => {
    expect(await statusOf(post("/admin/sign-in", "[]", action(SIGN_IN, "text/plain", { origin: "https://evil.example" })))).toMatchObject({ status: 403 });
  });
});

describe("originProblem (Next's CSRF check)", () => {
  const headers = (values: Record<string, string>) => new Headers({ host: "app.example", ...values });
  it.each([
    [{}, null],
    [{ origin: "https://app.example" }, null],
    [{ origin: "https://proxy.example", "x-forwarded-host": "proxy.example, app.example" }, null],
    [{ origin: "https://evil.example" }, "Only requests"],
    [{ origin: "null" }, "Only requests"],
    [{ origin: "not a url" }, "not a URL"],
  ])("%o, behind a trusted proxy", (values, expected) => {
    const problem = originProblem(headers(values), true);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toContain(expected);
  });

  it.each([
    [{ origin: "https://app.example" }, null],
    [{ origin: "https://evil.example", "x-forwarded-host": "evil.example" }, "Only requests"],
    [{ origin: "https://proxy.example", "x-forwarded-host": "proxy.example" }, "Only requests"],
  ])("%o, with no proxy trusted: X-Forwarded-Host is the client's word and is ignored", (values, expected) => {
    const problem = originProblem(headers(values), false);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toContain(expected);
  });
});
