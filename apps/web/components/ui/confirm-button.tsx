"use client";
// A destructive action behind a confirmation dialog: the trigger, what will happen, "keep it" and
// the action. The dialog stays open to show an error if the action fails.
import { useState } from "react";
import { Button, type ButtonSize, type ButtonVariant } from "./button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "./dialog";

interface ConfirmButtonProps {
  label: string;
  title: string;
  description: string;
  confirmLabel: string;
  /** Throws with a user-readable message when it fails. */
  onConfirm: () => Promise<void>;
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** The confirming button's look (default: danger). */
  confirmVariant?: ButtonVariant;
  disabled?: boolean;
  /** How far a long action has got, shown in the dialog while it runs. */
  progress?: string | null;
}

export function ConfirmButton({
  label,
  title,
  description,
  confirmLabel,
  onConfirm,
  variant = "danger-ghost",
  size,
  confirmVariant = "danger",
  disabled,
  progress,
}: ConfirmButtonProps) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function confirm() {
    setError(null);
    setBusy(true);
    try {
      await onConfirm();
      setOpen(false);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant={variant} size={size} disabled={disabled}>
          {label}
        </Button>
      </DialogTrigger>
      <DialogContent title={title} description={description}>
        {busy && progress && (
          <p role="status" className="mb-3 text-sm text-slate-700">
            {progress}
          </p>
        )}
        {error && (
          <p role="alert" className="mb-3 text-sm text-red-700">
            {error}
          </p>
        )}
        <div className="flex justify-end gap-2">
          <DialogClose asChild>
            <Button variant="secondary">Keep it</Button>
          </DialogClose>
          <Button variant={confirmVariant} disabled={busy} onClick={() => void confirm()}>
            {busy ? "Working…" : confirmLabel}
          </Button>
        </div>
      </DialogContent>
    </Dialog>
  );
}
