"use client";
// The outlets Tidemark knows, with boxes to tick: a new collection from the ticked ones, or the
// ticked ones added to an existing collection.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { Table, Td, Th } from "@/components/ui/table";
import { apiFetch, errorMessage } from "@/lib/client/api-fetch";
import { CollectionForm } from "./collection-form";

interface Outlet {
  id: string;
  label: string;
  key: string;
  articles: number;
  collections: string[];
}

export function OutletPicker({
  outlets,
  collections,
}: {
  outlets: Outlet[];
  collections: { id: string; name: string }[];
}) {
  const router = useRouter();
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const [target, setTarget] = useState("");
  const [creating, setCreating] = useState(false);
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const toggle = (id: string) =>
    setTicked((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  async function addToCollection() {
    setMessage(null);
    try {
      const { added } = await apiFetch<{ added: number }>(`/api/collections/${target}/members`, {
        json: { add: { sourceIds: [...ticked] } },
      });
      setMessage({ tone: "ok", text: `${added} outlet${added === 1 ? "" : "s"} added.` });
      setTicked(new Set());
      router.refresh();
    } catch (err) {
      setMessage({ tone: "error", text: errorMessage(err) });
    }
  }

  return (
    <div>
      <div className="flex flex-wrap items-center gap-2 border-b border-slate-100 px-4 py-3 text-sm">
        <span aria-live="polite">{ticked.size} ticked</span>
        <Button size="sm" variant="secondary" disabled={ticked.size === 0} onClick={() => setCreating(true)}>
          New collection from ticked
        </Button>
        <label htmlFor="outlet-target" className="sr-only">
          Collection to add the ticked outlets to
        </label>
        <Select
          id="outlet-target"
          value={target}
          onChange={(e) => setTarget(e.target.value)}
          className="w-56"
        >
          <option value="">Add to collection…</option>
          {collections.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </Select>
        <Button
          size="sm"
          variant="secondary"
          disabled={ticked.size === 0 || !target}
          onClick={() => void addToCollection()}
        >
          Add
        </Button>
        {message && (
          <span
            role={message.tone === "error" ? "alert" : "status"}
            className={message.tone === "error" ? "text-red-700" : "text-emerald-700"}
          >
            {message.text}
          </span>
        )}
      </div>
      {creating && (
        <div className="border-b border-slate-100 p-4">
          <CollectionForm sourceIds={[...ticked]} />
        </div>
      )}
      <Table>
        <thead>
          <tr>
            <Th className="w-10">
              <span className="sr-only">Tick</span>
            </Th>
            <Th>Outlet</Th>
            <Th>Collections</Th>
            <Th numeric>Articles</Th>
          </tr>
        </thead>
        <tbody>
          {outlets.map((o) => (
            <tr key={o.id}>
              <Td>
                <input
                  type="checkbox"
                  aria-label={`Tick ${o.label}`}
                  checked={ticked.has(o.id)}
                  onChange={() => toggle(o.id)}
                />
              </Td>
              <Td>
                <span className="font-medium">{o.label}</span>
                {o.label !== o.key && <span className="ml-2 text-xs text-slate-500">{o.key}</span>}
              </Td>
              <Td className="text-xs text-slate-600">{o.collections.join(", ") || "—"}</Td>
              <Td numeric>{o.articles.toLocaleString("en-US")}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
