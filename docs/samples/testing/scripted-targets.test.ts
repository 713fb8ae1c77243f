import { expect, it } from "vitest";
import { detection, loadScript, loadTrigger } from "ehtrig/testing";

it("a target can refuse, then accept again", () => {
  const ticket = loadTrigger("ticket-tracking");
  ticket.target("ticket-server").refuse(); // post() returns false (refuse(1): only the next call)
  expect(ticket.fire("DETECTION_UPDATE", { detection: detection({ id: 7 }) })).toHaveLogged(
    "could not queue Jira issue for detection 7",
  );
  ticket.target("ticket-server").accept(); // back to normal
  const run = ticket.fire("DETECTION_UPDATE", { detection: detection({ id: 8 }) });
  expect(run).toHavePosted("ticket-server", { path: "/rest/api/issue" });
});

// A trigger that asks for the answer (enableResponseEvent) and reads it on REMOTE_RESPONSE.
const asking = loadScript(
  {
    id: "asks-for-answers",
    events: ["DETECTION_UPDATE", "REMOTE_RESPONSE"],
    script: `(function () {
  if (event === "REMOTE_RESPONSE") {
    log("answer " + Remote.response.statusCode + " for detection " + Remote.response.context);
    return;
  }
  Remote.HTTP("ticket-server").post({
    path: "/rest/api/issue",
    payload: "{}",
    enableResponseEvent: true,
    context: Detection.id,
  });
})();`,
  },
  { targets: { "ticket-server": { type: "http" } } },
);

it("answers requests that set enableResponseEvent with a REMOTE_RESPONSE", () => {
  asking.target("ticket-server").respond({
    status: 201,
    headers: { "Content-Type": "application/json" },
    body: '{"key":"SEC-1"}',
  });
  asking.fire("DETECTION_UPDATE", { detection: detection({ id: 42 }) });
  const [answer] = asking.deliverResponses(); // fires REMOTE_RESPONSE with the request's context
  expect(answer).toHaveLogged("answer 201 for detection 42");

  // Or answer one run directly:
  const reply = asking
    .fire("DETECTION_UPDATE", { detection: detection({ id: 43 }) })
    .respond({ status: 500 });
  expect(reply).toHaveLogged("answer 500 for detection 43");
});
