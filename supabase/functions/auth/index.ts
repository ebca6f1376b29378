// Supabase Edge Function entry point: /functions/v1/auth/*
import { app } from "./app.ts";

Deno.serve(app.fetch);
