import { z } from "zod";

export const API_TOKEN_NAME_MAX_LENGTH = 80;

export const ApiTokenNameSchema = z
  .string({ error: "Give the token a name" })
  .trim()
  .min(1, "Give the token a name, e.g. the program that will use it")
  .max(API_TOKEN_NAME_MAX_LENGTH, `Names are at most ${API_TOKEN_NAME_MAX_LENGTH} characters`);

/** What a token may do: read (list, export), or read and erase responses. */
export const API_TOKEN_SCOPES = { read: "Read (list and export)", "read-erase": "Read and erase responses" } as const;
export type ApiTokenScope = keyof typeof API_TOKEN_SCOPES;
/** How long a new token lives; 90 days unless the admin picks otherwise. */
export const API_TOKEN_LIFETIMES_DAYS = ["30", "90", "365"] as const;
export const DEFAULT_API_TOKEN_LIFETIME_DAYS = "90";

/** The create-token form's fields. */
export const ApiTokenFormSchema = z.object({
  name: ApiTokenNameSchema,
  scope: z.enum(Object.keys(API_TOKEN_SCOPES) as [ApiTokenScope, ...ApiTokenScope[]], { error: "Choose what the token may do" }),
  days: z.enum(API_TOKEN_LIFETIMES_DAYS, { error: "Choose how long the token lives" }),
});
export type ApiTokenFormValues = z.infer<typeof ApiTokenFormSchema>;
