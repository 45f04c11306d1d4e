// How the report names the original study its facts come from: in full, with its year, the first time a report
// mentions it ({study} in a template), and briefly after that, so no reader meets an unexplained "original study".
// The Dealmaker Index Global Sales Benchmark Study began in November 2011 (the reference archive).
export const STUDY = {
  first: "the Dealmaker Index Global Sales Benchmark Study (begun in 2011)",
  again: "the same study",
} as const;
