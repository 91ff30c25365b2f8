import { z } from "zod";
import { ROLES } from "@/lib/domain/roles";
import { MIN_PASSWORD_LENGTH } from "@/lib/domain/passwords";
import { requiredTextField, usableText } from "./text-field";

export const NAME_MAX = 100;
export const EMAIL_MAX = 254;
export const PASSWORD_MAX = 128;

const roleField = z.enum(ROLES, { error: `Choose a role: ${ROLES.join(", ")}.` });

const emailField = usableText("The email")
  .trim()
  .toLowerCase()
  .max(EMAIL_MAX, `The email must be at most ${EMAIL_MAX} characters.`)
  .pipe(z.email({ error: "Enter an email address such as name@example.org." }));

/** An admin's invitation: who, and with which role. */
export const invitationInput = z.object({
  email: emailField,
  name: requiredTextField("The name", NAME_MAX, "Enter the person's name."),
  role: roleField,
});
export type InvitationInput = z.input<typeof invitationInput>;

/** What the invitee sends to accept: the name they go by and a password typed twice. */
export const acceptInvitationInput = z
  .object({
    name: requiredTextField("Your name", NAME_MAX, "Enter your name."),
    password: usableText("The password")
      .min(MIN_PASSWORD_LENGTH, `The password must be at least ${MIN_PASSWORD_LENGTH} characters long.`)
      .max(PASSWORD_MAX, `The password must be at most ${PASSWORD_MAX} characters.`),
    confirmPassword: z.string({ error: "Type the password again." }),
  })
  .refine((value) => value.password === value.confirmPassword, { path: ["confirmPassword"], message: "The two passwords differ." });
export type AcceptInvitationInput = z.input<typeof acceptInvitationInput>;

export const roleChangeInput = z.object({ role: roleField });
