"use client";
// Per-rule actions for editors: send a test message to each channel now (the result per channel
// shown inline, including the SSRF guard's reason when it refuses a webhook), edit, delete.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button, buttonClasses } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { apiFetch, errorMessage } from "@/lib/client/api-fetch";

interface TestResult {
  channel: string;
  status: "sent" | "failed";
  response: string | null;
  error: string | null;
}

export function RuleActions({
  id,
  name,
  onEditPage = false,
}: {
  id: string;
  name: string;
  onEditPage?: boolean;
}) {
  const router = useRouter();
  const [results, setResults] = useState<TestResult[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [testing, setTesting] = useState(false);

  async function test() {
    setTesting(true);
    setError(null);
    setResults(null);
    try {
      const answer = await apiFetch<{ results: TestResult[] }>(`/api/alerts/${id}/test`, { method: "POST" });
      setResults(answer.results);
      router.refresh(); // the test is in the history too
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setTesting(false);
    }
  }

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" size="sm" disabled={testing} onClick={() => void test()}>
          {testing ? "Sending…" : "Send test"}
        </Button>
        {!onEditPage && (
          <Link href={`/alerts/${id}/edit`} className={buttonClasses("secondary", "sm")}>
            Edit
          </Link>
        )}
        <ConfirmButton
          label="Delete"
          size="sm"
          title={`Delete "${name}"?`}
          description="The rule goes, with its events and the history of what it sent."
          confirmLabel="Delete rule"
          onConfirm={async () => {
            try {
              await apiFetch(`/api/alerts/${id}`, { method: "DELETE" });
            } catch (err) {
              throw new Error(errorMessage(err));
            }
            if (onEditPage) router.push("/alerts");
            router.refresh();
          }}
        />
      </div>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      {results && (
        <ul aria-label="Test result" className="space-y-1 text-sm">
          {results.length === 0 && <li>The rule has no channel to test.</li>}
          {results.map((r) => (
            <li key={r.channel} className="break-words">
              <span className="font-medium">{r.channel === "email" ? "E-mail" : "Webhook"}:</span>{" "}
              <Badge tone={r.status === "sent" ? "green" : "red"}>{r.status}</Badge>{" "}
              <span className={r.status === "sent" ? "text-slate-700" : "text-red-700"}>
                {r.status === "sent" ? (r.response ?? "") : (r.error ?? r.response ?? "")}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
