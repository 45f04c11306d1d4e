import { z } from "zod";

export const ADMIN_PASSWORD_MIN_LENGTH = 12;
export const ADMIN_PASSWORD_MAX_LENGTH = 200;

export const SignInSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("Enter an email address, like name@example.com")),
  password: z
    .string()
    .min(1, "Enter your password")
    .max(ADMIN_PASSWORD_MAX_LENGTH, `Passwords are at most ${ADMIN_PASSWORD_MAX_LENGTH} characters`),
});

export type SignInValues = z.infer<typeof SignInSchema>;

/** What an admin's password must be when one is set (env, CLI). Sign-in only checks it is present. */
export const NewAdminPasswordSchema = z
  .string()
  .min(ADMIN_PASSWORD_MIN_LENGTH, `must be at least ${ADMIN_PASSWORD_MIN_LENGTH} characters`)
  .max(ADMIN_PASSWORD_MAX_LENGTH, `must be at most ${ADMIN_PASSWORD_MAX_LENGTH} characters`);
