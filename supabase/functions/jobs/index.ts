// Supabase Edge Function entry point: /functions/v1/jobs/*
import { app } from "./app.ts";

Deno.serve(app.fetch);
