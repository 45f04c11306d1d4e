// A real SMTP server inside the test (smtp-server), keeping what it receives parsed (mailparser), so a test can read
// the mail the app sent and follow its link. `refuseNext(n)` answers the next n messages with a temporary failure.
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface SmtpInbox {
  /** smtp://127.0.0.1:<port> */
  url: string;
  messages: ParsedMail[];
  /** Messages refused so far. */
  refused: number;
  refuseNext: (count: number) => void;
  /** Resolves once `count` messages have arrived, or rejects after `timeoutMs`. */
  waitFor: (count: number, timeoutMs?: number) => Promise<ParsedMail[]>;
  close: () => Promise<void>;
}

export async function startSmtpInbox(): Promise<SmtpInbox> {
  let toRefuse = 0;
  const inbox = { messages: [] as ParsedMail[], refused: 0 };
  const server = new SMTPServer({
    // Plain SMTP on loopback: no certificate to trust, no login to give.
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      if (toRefuse > 0) {
        toRefuse -= 1;
        inbox.refused += 1;
        stream.resume();
        stream.on("end", () => callback(Object.assign(new Error("Mailbox busy, try again later"), { responseCode: 451 })));
        return;
      }
      simpleParser(stream)
        .then((mail) => {
          inbox.messages.push(mail);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  server.listen(0, "127.0.0.1");
  await once(server.server, "listening");
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    get messages() {
      return inbox.messages;
    },
    get refused() {
      return inbox.refused;
    },
    refuseNext: (count) => void (toRefuse = count),
    waitFor: async (count, timeoutMs = 30_000) => {
      const deadline = Date.now() + timeoutMs;
      while (inbox.messages.length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} mails, got ${inbox.messages.length} in ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return inbox.messages;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The first link in a mail's plain-text part that starts with `base`. */
export function linkIn(mail: ParsedMail, base: string): string {
  const link = (mail.text ?? "").split(/\s+/).find((word) => word.startsWith(base));
  if (!link) throw new Error(`no link to ${base} in:\n${mail.text}`);
  return link;
}
