import { redirect } from "next/navigation";
import type { Route } from "next";
import { requireAdmin } from "@/lib/auth/require-admin";

export default async function AdminHome() {
  await requireAdmin();
  redirect("/admin/overview" as Route);
}
