import { describe, expect, it } from "vitest";
import { errorBody } from "@/lib/http/error-body";
import { errorOf, formStrings } from "./action-state";

describe("form action state", () => {
  it("reads the named text fields of a posted form, and anything else as missing", () => {
    const form = new FormData();
    form.append("name", "ci");
    form.append("file", new Blob(["x"]), "x.txt");
    expect(formStrings(form, ["name", "file", "absent"])).toEqual({ name: "ci", file: undefined, absent: undefined });
    expect(formStrings({ name: "ci" }, ["name"])).toEqual({ name: undefined });
    expect(formStrings(null, ["name"])).toEqual({ name: undefined });
  });

  it("tells an error answer from success data and from no answer yet", () => {
    expect(errorOf(errorBody("Check the name.", { name: "Too long" }))).toEqual({ message: "Check the name.", fields: { name: "Too long" } });
    expect(errorOf({ token: "t", name: "n" })).toBeUndefined();
    expect(errorOf(null)).toBeUndefined();
  });
});
