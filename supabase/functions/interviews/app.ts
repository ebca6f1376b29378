/**
 * The interviews function. The candidate, who has no account, redeems a ticket for a credential
 * scoped to one interview, then starts it (questions are generated from the job and the CV),
 * answers each question once and finishes. The recruiter lists interviews and reads one with its
 * questions and answers.
 *
 * States: pending → in_progress → completed; an interview past its deadline is closed as
 * expired by the first request that notices. A move the state does not allow is 409.
 */
import { createApp } from "@shared/http/app.ts";
import { router as moves } from "./moves.ts";
import { router as recruiter } from "./recruiter.ts";
import { router as redeem } from "./redeem.ts";
import { router as requests } from "./requests.ts";
import { router as selfIdentification } from "./self_identification.ts";

export const app = createApp("/interviews");
app.route("/", redeem);
app.route("/", moves);
app.route("/", recruiter);
app.route("/", requests);
app.route("/", selfIdentification);
