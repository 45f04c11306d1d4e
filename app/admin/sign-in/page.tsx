import type { Metadata } from "next";
import { redirect } from "next/navigation";
import type { Route } from "next";
import { currentAdmin } from "@/lib/auth/require-admin";
import { safeAdminPath } from "@/lib/auth/session-cookie";
import { SignInForm } from "@/components/admin/sign-in-form";

export const metadata: Metadata = { title: "Admin sign-in", robots: { index: false } };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const raw = (await searchParams).next;
  const next = typeof raw === "string" ? raw : null;
  if (await currentAdmin()) redirect(safeAdminPath(next) as Route);
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <h1 className="text-2xl font-bold tracking-tight">Admin sign-in</h1>
      <SignInForm next={next} />
    </div>
  );
}
