// Supabase Edge Function entry point: /functions/v1/reports/*
import { app } from "./app.ts";

Deno.serve(app.fetch);
