"use client";
// A collection's outlets: tick to remove, paste addresses to add, or delete the collection.
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Field, Textarea } from "@/components/ui/field";
import { Table, Td, Th } from "@/components/ui/table";
import { apiFetch, errorMessage } from "@/lib/client/api-fetch";

interface Member {
  id: string;
  key: string;
  label: string;
}

export function CollectionMembers({
  collectionId,
  name,
  members,
  canEdit,
}: {
  collectionId: string;
  name: string;
  members: Member[];
  canEdit: boolean;
}) {
  const router = useRouter();
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const [domains, setDomains] = useState("");
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);

  async function change(body: { add?: { domains: string }; remove?: string[] }) {
    setMessage(null);
    try {
      const result = await apiFetch<{ added: number; removed: number }>(
        `/api/collections/${collectionId}/members`,
        { json: body },
      );
      setMessage({ tone: "ok", text: `${result.added} added, ${result.removed} removed.` });
      setTicked(new Set());
      setDomains("");
      router.refresh();
    } catch (err) {
      setMessage({ tone: "error", text: errorMessage(err) });
    }
  }

  async function add(event: FormEvent) {
    event.preventDefault();
    await change({ add: { domains } });
  }

  return (
    <div>
      {canEdit && (
        <form onSubmit={add} aria-label="Add outlets" className="space-y-2 border-b border-slate-100 p-4">
          <Field
            label="Add outlets"
            htmlFor="members-add"
            hint="One address per line, or separated by commas."
          >
            <Textarea
              id="members-add"
              rows={3}
              value={domains}
              onChange={(e) => setDomains(e.target.value)}
            />
          </Field>
          <div className="flex flex-wrap items-center gap-2">
            <Button type="submit" size="sm" disabled={!domains.trim()}>
              Add outlets
            </Button>
            <Button
              type="button"
              size="sm"
              variant="secondary"
              disabled={ticked.size === 0}
              onClick={() => void change({ remove: [...ticked] })}
            >
              Remove {ticked.size || ""} ticked
            </Button>
            <ConfirmButton
              label="Delete collection"
              size="sm"
              title={`Delete “${name}”?`}
              description="The outlets and their articles stay; only the grouping is deleted."
              confirmLabel="Delete collection"
              onConfirm={async () => {
                await apiFetch(`/api/collections/${collectionId}`, { method: "DELETE" });
                router.push("/sources");
              }}
            />
            {message && (
              <span
                role={message.tone === "error" ? "alert" : "status"}
                className={message.tone === "error" ? "text-sm text-red-700" : "text-sm text-emerald-700"}
              >
                {message.text}
              </span>
            )}
          </div>
        </form>
      )}
      <Table>
        <thead>
          <tr>
            {canEdit && (
              <Th className="w-10">
                <span className="sr-only">Tick</span>
              </Th>
            )}
            <Th>Outlet</Th>
            <Th>Address</Th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.id}>
              {canEdit && (
                <Td>
                  <input
                    type="checkbox"
                    aria-label={`Tick ${m.label}`}
                    checked={ticked.has(m.id)}
                    onChange={() =>
                      setTicked((prev) => {
                        const next = new Set(prev);
                        if (next.has(m.id)) next.delete(m.id);
                        else next.add(m.id);
                        return next;
                      })
                    }
                  />
                </Td>
              )}
              <Td className="font-medium">{m.label}</Td>
              <Td className="text-slate-600">{m.key}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
