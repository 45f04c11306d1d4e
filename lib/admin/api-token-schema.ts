import { z } from "zod";

export const API_TOKEN_NAME_MAX_LENGTH = 80;

export const ApiTokenNameSchema = z
  .string({ error: "Give the token a name" })
  .trim()
  .min(1, "Give the token a name, e.g. the program that will use it")
  .max(API_TOKEN_NAME_MAX_LENGTH, `Names are at most ${API_TOKEN_NAME_MAX_LENGTH} characters`);

/** The create-token form's fields. */
export const ApiTokenFormSchema = z.object({ name: ApiTokenNameSchema });
export type ApiTokenFormValues = z.infer<typeof ApiTokenFormSchema>;
