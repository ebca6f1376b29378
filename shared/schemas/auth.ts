/** What the auth function takes and answers. */
import { z } from "zod";
import { Email, optionalText, text } from "./common.ts";
import { User } from "./user.ts";

export const Password = z.string().min(8, "Must be at least 8 characters.").max(128);

export const RegisterRequest = z.object({
  email: Email,
  password: Password,
  full_name: text(200),
  company_name: optionalText(200),
}).strict().meta({ id: "RegisterRequest" });

export const LoginRequest = z.object({
  email: Email,
  password: z.string().min(1).max(128),
}).strict().meta({ id: "LoginRequest" });

export const RefreshRequest = z.object({ refresh_token: z.string().min(1).max(512) }).strict()
  .meta({ id: "RefreshRequest" });

export const AuthSession = z.object({
  access_token: z.string(),
  token_type: z.literal("bearer"),
  expires_in: z.int().meta({ description: "Seconds until the access token expires." }),
  expires_at: z.int().meta({ description: "Unix time (seconds) the access token expires." }),
  refresh_token: z.string(),
  user: User,
}).meta({ id: "AuthSession" });

export type RegisterRequest = z.infer<typeof RegisterRequest>;
export type LoginRequest = z.infer<typeof LoginRequest>;
export type RefreshRequest = z.infer<typeof RefreshRequest>;
export type AuthSession = z.infer<typeof AuthSession>;
