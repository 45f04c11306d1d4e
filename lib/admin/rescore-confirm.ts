// The value of the re-score form's hidden `confirm` field: startRescoreAction starts a job only when it is posted,
// so a stray or forged request to the action starts nothing.
export const RESCORE_CONFIRM = "rescore";
