import type { Metadata } from "next";
import { requireAdmin } from "@/lib/auth/require-admin";
import { signOut } from "@/app/admin/sign-in/actions";
import { AdminNav } from "@/components/admin/admin-nav";
import { Button } from "@/components/ui/button";

export const metadata: Metadata = { title: { default: "Admin", template: "%s · Admin · Dealmaker Index" }, robots: { index: false } };
export const dynamic = "force-dynamic";

// Pages below check again with requireAdmin(): a layout is not re-run on every client navigation.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const admin = await requireAdmin();
  return (
    <div className="space-y-6" data-wide>
      <div className="flex flex-wrap items-center justify-between gap-3 border-b border-line pb-3">
        <AdminNav />
        <form action={signOut} className="flex items-center gap-3">
          <span className="text-sm text-muted">{admin.email}</span>
          <Button type="submit" variant="secondary">
            Sign out
          </Button>
        </form>
      </div>
      {children}
    </div>
  );
}
