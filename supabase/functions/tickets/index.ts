// Supabase Edge Function entry point: /functions/v1/tickets/*
import { app } from "./app.ts";

Deno.serve(app.fetch);
