/**
 * The versions stored with every AI output, so a recruiter (and an auditor) can tell which rules
 * or prompts produced it. Change a version whenever its prompts, banks or rules change.
 */

/** The built-in interviewer's rules and banks (builtin/, builtin/data/). */
export const BUILTIN_PROMPT_VERSION = "builtin-2026-12-04";

/** The OpenAI-compatible provider's prompts (openai_prompts.ts). */
export const OPENAI_PROMPT_VERSION = "openai-2026-12-04";
