// Our narrative draws facts and ideas from the original study's sample report but must not copy its wording.
// The guard: no run of RUN_LENGTH consecutive words of any template appears in the reference archive.
import { describe, expect, it } from "vitest";
import { NO_REFERENCE_ARCHIVE, referenceArchive } from "@/tests/support/reference-archive";
import { allTemplates } from "./template-text";

const RUN_LENGTH = 8;

/** Lower case, apostrophes joined ("you’re" → "youre"), every other non-alphanumeric a word break. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’‘]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
}

function runs(list: readonly string[]): string[] {
  const result: string[] = [];
  for (let start = 0; start + RUN_LENGTH <= list.length; start += 1) {
    result.push(list.slice(start, start + RUN_LENGTH).join(" "));
  }
  return result;
}

describe("narratives are written in our own words", () => {
  it("splits text into comparable words", () => {
    expect(words("You’re right: it's a {score}-point gap!")).toEqual(["youre", "right", "its", "a", "score", "point", "gap"]);
    expect(runs(words("one two three four five six seven eight nine"))).toHaveLength(2);
  });

  it(`shares no run of ${RUN_LENGTH} words with the reference archive (REFERENCE_ARCHIVE)`, (context) => {
    const archive = referenceArchive();
    if (archive === null) return context.skip(NO_REFERENCE_ARCHIVE);
    const reference = new Set(runs(words(archive)));
    expect(reference.size).toBeGreaterThan(1000);
    // A placeholder is a figure, never prose, so it breaks a run rather than matching reference words.
    const copied = allTemplates().flatMap(({ where, text }) =>
      text
        .split(/\{[a-zA-Z]+\}/)
        .flatMap((piece) => runs(words(piece)))
        .filter((run) => reference.has(run))
        .map((run) => `${where}: "${run}"`),
    );
    expect(copied).toEqual([]);
  });
});
