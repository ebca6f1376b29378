// Supabase Edge Function entry point: /functions/v1/interviews/*
import { app } from "./app.ts";

Deno.serve(app.fetch);
