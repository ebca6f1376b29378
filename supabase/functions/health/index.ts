// Supabase Edge Function entry point: /functions/v1/health/*
import { app } from "./app.ts";

Deno.serve(app.fetch);
