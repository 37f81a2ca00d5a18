// Errors as JSON: a code and a sentence for people. Details of unexpected errors go to the log
// (with the request id), never to the client.
import { AccountError } from "@tidemark/accounts";
import { ArticleListError } from "@tidemark/articles";
import { type Logger, logger } from "@tidemark/logger";
import { ThemeInputError } from "@tidemark/themes/definitions";
import { NextResponse } from "next/server";
import { z } from "zod";
import { ApiError } from "./errors";

function unknownFields(error: z.ZodError): string[] {
  return error.issues.flatMap((issue) =>
    issue.code === "unrecognized_keys" ? issue.keys.map((k) => [...issue.path, k].join(".")) : [],
  );
}

/** Where and what, in words: no regexes, patterns or internal codes beyond zod's issue code. */
function cleanIssues(error: z.ZodError) {
  return error.issues.map((issue) => ({ code: issue.code, path: issue.path, message: issue.message }));
}

export function errorResponse(error: unknown, log: Logger = logger): Response {
  if (error instanceof ApiError) {
    return NextResponse.json(
      { error: { code: error.code, message: error.message, details: error.details } },
      { status: error.status, headers: error.headers },
    );
  }
  if (error instanceof z.ZodError) {
    const unknown = unknownFields(error);
    if (unknown.length > 0) {
      return NextResponse.json(
        {
          error: {
            code: "unknown_fields",
            message: `Unknown field(s): ${unknown.join(", ")}.`,
            details: { fields: unknown },
            issues: cleanIssues(error),
          },
        },
        { status: 400 },
      );
    }
    return NextResponse.json(
      { error: { code: "invalid_input", message: z.prettifyError(error), issues: cleanIssues(error) } },
      { status: 400 },
    );
  }
  if (error instanceof ArticleListError) {
    return NextResponse.json({ error: { code: error.code, message: error.message } }, { status: 400 });
  }
  if (error instanceof AccountError) {
    const status = error.code === "no_such_user" ? 404 : 409;
    return NextResponse.json({ error: { code: error.code, message: error.message } }, { status });
  }
  if (error instanceof ThemeInputError) {
    return NextResponse.json(
      {
        error: {
          code: "invalid_theme",
          message: error.message,
          field: error.field,
          diagnostic: error.diagnostic,
        },
      },
      { status: 422 },
    );
  }
  log.error({ err: error }, "API error");
  return NextResponse.json(
    {
      error: { code: "internal_error", message: "Something went wrong on the server; the error was logged." },
    },
    { status: 500 },
  );
}
