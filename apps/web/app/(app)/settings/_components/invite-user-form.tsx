"use client";
// Inviting a user (admins): a username and a role; the generated password is shown once, to be
// handed over. They change it in Settings.
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent } from "@/components/ui/dialog";
import { Field, Input, Select } from "@/components/ui/field";
import { apiFetch, errorMessage } from "@/lib/client/api-fetch";

interface Shown {
  username: string;
  password: string;
  what: string;
}

export function InviteUserForm() {
  const router = useRouter();
  const [username, setUsername] = useState("");
  const [role, setRole] = useState("viewer");
  const [shown, setShown] = useState<Shown | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const { user } = await apiFetch<{ user: { username: string; password: string } }>("/api/users", {
        json: { username, role },
      });
      setShown({ ...user, what: "created" });
      setUsername("");
      router.refresh();
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <>
      <form onSubmit={submit} className="flex flex-wrap items-end gap-2">
        <Field label="Username" htmlFor="invite-username" error={error} className="w-60">
          <Input
            id="invite-username"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            required
          />
        </Field>
        <Field label="Role" htmlFor="invite-role">
          <Select id="invite-role" value={role} onChange={(e) => setRole(e.target.value)}>
            <option value="viewer">viewer — read and export</option>
            <option value="editor">editor — also add articles, edit themes and schedules</option>
            <option value="admin">admin — also users and tokens</option>
          </Select>
        </Field>
        <Button type="submit" disabled={username.trim() === ""}>
          Invite
        </Button>
      </form>
      <PasswordDialog shown={shown} onClose={() => setShown(null)} />
    </>
  );
}

export function PasswordDialog({ shown, onClose }: { shown: Shown | null; onClose: () => void }) {
  return (
    <Dialog open={shown !== null} onOpenChange={(open) => !open && onClose()}>
      {shown && (
        <DialogContent
          title={`Password for ${shown.username} ${shown.what}`}
          description="Hand it over now: it is shown only once. They can change it in Settings."
        >
          <code
            data-testid="one-time-password"
            className="block break-all rounded bg-slate-100 px-3 py-2 font-mono text-sm"
          >
            {shown.password}
          </code>
          <div className="mt-4 flex justify-end">
            <DialogClose asChild>
              <Button>Done</Button>
            </DialogClose>
          </div>
        </DialogContent>
      )}
    </Dialog>
  );
}
