"use client";
// "Edit" on a schedule's page: the schedule form, filled in with its current settings.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { type Option, ScheduleForm } from "./schedule-form";
import type { FormState } from "./schedule-form-model";

export function EditSchedule({
  id,
  form,
  sources,
  themes,
}: {
  id: string;
  form: FormState;
  sources: Option[];
  themes: Option[];
}) {
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <Button variant="secondary" size="sm" onClick={() => setOpen(true)}>
        Edit settings
      </Button>
    );
  return (
    <div className="space-y-3">
      <ScheduleForm sources={sources} themes={themes} editing={{ id, form }} onSaved={() => setOpen(false)} />
      <Button variant="secondary" size="sm" onClick={() => setOpen(false)}>
        Cancel
      </Button>
    </div>
  );
}
