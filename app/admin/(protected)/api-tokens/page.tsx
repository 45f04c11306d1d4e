import type { Metadata } from "next";
import { requireAdmin } from "@/lib/auth/require-admin";
import { listApiTokens } from "@/lib/db/api-tokens";
import { revokeTokenAction } from "./actions";
import { CreateTokenForm } from "@/components/admin/create-token-form";
import { Button } from "@/components/ui/button";

export const metadata: Metadata = { title: "API tokens" };

const when = (date: Date | null) => (date ? `${date.toISOString().slice(0, 16).replace("T", " ")} UTC` : "never");

export default async function ApiTokensPage() {
  await requireAdmin();
  const tokens = await listApiTokens();
  const now = new Date();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold tracking-tight">API tokens</h1>
      <p className="max-w-prose">
        Programs call the admin API with a token instead of a session. A token acts for the admin who made it and is
        deleted with them; it may read (list and export) or also erase responses, and it expires. Only a hash of each
        token is stored; revoke a token that is no longer needed or may have leaked.
      </p>
      <CreateTokenForm />
      {tokens.length === 0 ? (
        <p className="text-muted">No tokens yet.</p>
      ) : (
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">API tokens</caption>
          <thead className="border-b border-line text-left">
            <tr>
              <th scope="col" className="px-2 py-2">Name</th>
              <th scope="col" className="px-2 py-2">Starts with</th>
              <th scope="col" className="px-2 py-2">May</th>
              <th scope="col" className="px-2 py-2">Expires</th>
              <th scope="col" className="px-2 py-2">Created</th>
              <th scope="col" className="px-2 py-2">Last used</th>
              <th scope="col" className="px-2 py-2">Status</th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id} className="border-b border-line">
                <td className="px-2 py-2">{token.name}</td>
                <td className="px-2 py-2 font-mono">{token.prefix}…</td>
                <td className="px-2 py-2">{token.scope === "read-erase" ? "Read and erase" : "Read"}</td>
                <td className="px-2 py-2">{when(token.expiresAt)}</td>
                <td className="px-2 py-2">
                  {when(token.createdAt)} by {token.createdBy}
                </td>
                <td className="px-2 py-2">{when(token.lastUsedAt)}</td>
                <td className="px-2 py-2">
                  {token.revokedAt ? (
                    `Revoked ${when(token.revokedAt)}`
                  ) : token.expiresAt <= now ? (
                    "Expired"
                  ) : (
                    <form action={revokeTokenAction}>
                      <input type="hidden" name="id" value={token.id} />
                      <Button type="submit" variant="secondary" className="min-h-0 px-2 py-1 text-sm" aria-label={`Revoke ${token.name}`}>
                        Revoke
                      </Button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
