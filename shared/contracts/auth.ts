/** The auth function's routes: what they take and answer (served at /functions/v1/auth). */
import { z } from "zod";
import { createRoute } from "../http/router.ts";
import { AuthSession, LoginRequest, RefreshRequest, RegisterRequest } from "../schemas/auth.ts";
import { User } from "../schemas/user.ts";
import { bearerAuth, errors, jsonBody, ok, publicAccess } from "./responses.ts";

const tags = ["auth"];

export const register = createRoute({
  method: "post",
  path: "/register",
  tags,
  summary: "Register a recruiter and sign in",
  request: { body: jsonBody(RegisterRequest) },
  security: publicAccess,
  responses: {
    201: ok(AuthSession, "Registered and signed in."),
    ...errors(400, 409, 413, 415, 422, 429, 503),
  },
});

export const login = createRoute({
  method: "post",
  path: "/login",
  tags,
  summary: "Sign in with email and password",
  request: { body: jsonBody(LoginRequest) },
  security: publicAccess,
  responses: {
    200: ok(AuthSession, "Signed in."),
    ...errors(400, 401, 413, 415, 422, 429, 503),
  },
});

export const me = createRoute({
  method: "get",
  path: "/me",
  tags,
  summary: "The signed-in recruiter",
  security: bearerAuth,
  responses: { 200: ok(User, "The recruiter's profile."), ...errors(401, 404, 503) },
});

export const logout = createRoute({
  method: "post",
  path: "/logout",
  tags,
  summary: "End this session; its tokens are refused from now on",
  security: bearerAuth,
  responses: { 200: ok(z.null(), "Signed out."), ...errors(401, 503) },
});

export const refresh = createRoute({
  method: "post",
  path: "/refresh",
  tags,
  summary: "Exchange a refresh token (once) for new tokens",
  request: { body: jsonBody(RefreshRequest) },
  security: publicAccess,
  responses: {
    200: ok(AuthSession, "New tokens; the refresh token sent is now used up."),
    ...errors(400, 401, 413, 415, 422, 503),
  },
});
