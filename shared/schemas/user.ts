/** The recruiter's profile (public.users), one per Supabase Auth user. */
import { z } from "zod";
import { Email, optionalText, text, Timestamp, Uuid } from "./common.ts";

export const UserBase = z.object({
  full_name: text(200).meta({ example: "Ada Lovelace" }),
  company_name: optionalText(200).meta({ example: "Analytical Engines Ltd" }),
});

/** A profile is created with its auth.users row; these are the fields sign-up gives it. */
export const UserCreate = UserBase.extend({ email: Email }).strict();

export const UserUpdate = UserBase.partial().strict();

export const User = UserBase.extend({
  id: Uuid,
  email: z.email(),
  company_name: z.string().nullable(),
  created_at: Timestamp,
}).meta({ id: "User", description: "A recruiter." });

export type UserCreate = z.infer<typeof UserCreate>;
export type UserUpdate = z.infer<typeof UserUpdate>;
export type User = z.infer<typeof User>;
