// Supabase Edge Function entry point: /functions/v1/cvs/*
import { app } from "./app.ts";

Deno.serve(app.fetch);
