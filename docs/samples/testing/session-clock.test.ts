import { expect, it } from "vitest";
import { loadScript } from "ehtrig/testing";

// Counts requests per client in the Session table; reports a client when its entry expires.
const counter = loadScript({
  id: "client-counter",
  events: ["TIMER_30SEC", "SESSION_EXPIRE"],
  script: `(function () {
  if (event === "SESSION_EXPIRE") {
    for (var i = 0; i < Session.expiredKeys.length; i++) log("expired " + Session.expiredKeys[i].name);
    return;
  }
  Session.add("client-10.0.0.7", 1, { expire: 30, notify: true });
  Session.add("kept", 3, { expire: 120 });
})();`,
});

it("moves time only when the test moves it", () => {
  counter.fire("TIMER_30SEC");
  const expired = counter.advance(30_000); // ms of packet time; returns the notify keys that expired
  expect(expired.map((k) => k.name)).toEqual(["client-10.0.0.7"]);
  const run = counter.fire("SESSION_EXPIRE"); // Session.expiredKeys holds them
  expect(run).toHaveLogged("expired client-10.0.0.7");
  expect(counter.session).toEqual({ kept: 3 }); // a copy of the table
});
