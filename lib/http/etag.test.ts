import { describe, expect, it } from "vitest";
import { ifNoneMatchTags, strongEtag } from "./etag";

describe("entity tags", () => {
  it("quotes a strong tag", () => {
    expect(strongEtag("abc123")).toBe('"abc123"');
  });

  it.each([
    [null, []],
    ["", []],
    ['"abc"', ["abc"]],
    ['W/"abc", "def"', ["abc", "def"]],
    [' "a" ,W/"b"', ["a", "b"]],
    ["*", ["*"]],
    ["abc", []],
  ])("reads If-None-Match %j as %j", (header, tags) => {
    expect(ifNoneMatchTags(header)).toEqual(tags);
  });
});
