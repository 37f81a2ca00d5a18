// Sending an alert by e-mail through the SMTP server in SMTP_URL (one transport per process).
import nodemailer, { type Transporter } from "nodemailer";
import { alertsEnv } from "./env.ts";
import { DeliveryError } from "./webhook.ts";

let transport: { url: string; transporter: Transporter } | null = null;

function transporter(url: string): Transporter {
  if (!transport || transport.url !== url) transport = { url, transporter: nodemailer.createTransport(url) };
  return transport.transporter;
}

export async function sendEmail(
  to: string,
  message: { subject: string; text: string },
  smtpUrl: string | undefined,
): Promise<string> {
  if (!smtpUrl)
    throw new DeliveryError("e-mail alerts need SMTP_URL set (e.g. smtp://mail.example.com:587)", null);
  try {
    const info = await transporter(smtpUrl).sendMail({
      from: alertsEnv.ALERTS_EMAIL_FROM,
      to,
      subject: message.subject,
      text: message.text,
    });
    return String(info.response).slice(0, 200);
  } catch (error) {
    throw new DeliveryError(
      `e-mail not sent: ${error instanceof Error ? error.message : String(error)}`,
      null,
    );
  }
}
