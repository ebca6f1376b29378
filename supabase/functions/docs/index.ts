// Supabase Edge Function entry point: /functions/v1/docs/*
import { app } from "./app.ts";

Deno.serve(app.fetch);
