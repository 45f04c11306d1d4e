// HTML forms send empty fields as '', react-hook-form sends NaN for an empty number input, and some clients send
// null. All of them mean "not answered". One normalisation here gives the schemas a single representation of an
// unanswered question: the key is absent.

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isBlank(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === "number" && Number.isNaN(value)) ||
    (typeof value === "string" && value.trim() === "")
  );
}

/** Deeper than any answer nests (a pipeline stage's field is three levels down): left as given, for the schema to refuse. */
const MAX_ANSWER_DEPTH = 8;

/** Trims strings and turns blanks into `undefined`, down to MAX_ANSWER_DEPTH (pipeline stages are nested). */
function normaliseValue(value: unknown, depth = 1): unknown {
  if (isBlank(value)) return undefined;
  if (typeof value === "string") return value.trim();
  if (depth > MAX_ANSWER_DEPTH) return value;
  if (Array.isArray(value)) return value.map((inner) => normaliseValue(inner, depth + 1));
  if (isRecord(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, normaliseValue(inner, depth + 1)]));
  }
  return value;
}

/** A pipeline with no stages and no target is an untouched optional step, not a half-filled one. */
function isEmptyPipeline(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const keys = Object.keys(value).filter((key) => value[key] !== undefined);
  const stages = value.stages;
  const noStages = stages === undefined || (Array.isArray(stages) && stages.length === 0);
  return noStages && value.target === undefined && keys.every((key) => key === "stages" || key === "target");
}

/**
 * Drops unanswered questions from an answers object; anything that is not an object passes through untouched.
 * `pipelineIds` names the questions whose answer is an object, so an empty object elsewhere stays a type error.
 */
export function normaliseAnswers(input: unknown, pipelineIds: ReadonlySet<string>): unknown {
  if (!isRecord(input)) return input;
  const entries = Object.entries(input)
    .map(([id, value]) => [id, normaliseValue(value)] as const)
    .filter(([id, value]) => value !== undefined && !(pipelineIds.has(id) && isEmptyPipeline(value)));
  return Object.fromEntries(entries);
}
