"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { signIn } from "@/app/admin/sign-in/actions";
import { SignInSchema, type SignInValues } from "@/lib/auth/sign-in-schema";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-message";

const inputClass =
  "mt-1 block w-full rounded-md border border-line bg-surface px-3 py-2 text-ink focus-visible:outline-2 focus-visible:outline-brand aria-invalid:border-danger";

export function SignInForm({ next }: { next: string | null }) {
  const form = useForm<SignInValues>({ resolver: zodResolver(SignInSchema), defaultValues: { email: "", password: "" } });
  const { formAction, onSubmit, pending, fieldError, formError } = useActionForm(form, signIn);
  const emailError = fieldError("email");
  const passwordError = fieldError("password");

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-5" aria-label="Admin sign-in">
      {formError ? (
        <p role="alert" className="rounded-md border border-danger bg-surface p-3 font-medium text-danger">
          {formError}
        </p>
      ) : null}
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <div>
        <label htmlFor="email" className="font-medium">
          Email
        </label>
        <input
          id="email"
          type="email"
          autoComplete="username"
          className={inputClass}
          aria-invalid={emailError ? true : undefined}
          aria-describedby={emailError ? "email-error" : undefined}
          {...form.register("email")}
        />
        <FieldError id="email-error" message={emailError} />
      </div>
      <div>
        <label htmlFor="password" className="font-medium">
          Password
        </label>
        <input
          id="password"
          type="password"
          autoComplete="current-password"
          className={inputClass}
          aria-invalid={passwordError ? true : undefined}
          aria-describedby={passwordError ? "password-error" : undefined}
          {...form.register("password")}
        />
        <FieldError id="password-error" message={passwordError} />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
